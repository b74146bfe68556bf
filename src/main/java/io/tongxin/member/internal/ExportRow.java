package io.tongxin.member.internal;

/** A member as the export writes it: the stored row and their largest online account, if any. */
record ExportRow(MemberRow member, String platform, String handle, String displayName, Long followers) {
}
