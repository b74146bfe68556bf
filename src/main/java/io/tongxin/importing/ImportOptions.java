package io.tongxin.importing;

/** The choices of one pass: whether rows that match existing records update them. */
public record ImportOptions(boolean updateExisting) {
}
