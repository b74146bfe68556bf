package io.tongxin.bench;

/** What the live-stream part needs of a generated member who has an online account. */
record GeneratedMember(long id, String name, String regionCode, long accountId, String platformCode) {
}
