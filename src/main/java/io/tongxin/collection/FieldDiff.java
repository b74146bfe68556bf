package io.tongxin.collection;

/**
 * One field of a submission beside the current record, as the reviewer reads it: names for codes,
 * sensitive values masked on both sides.
 *
 * @param field   the member field name ({@code phone}), also the key of a review decision
 * @param current the record's value; empty for a new person or an empty field
 * @param changed whether the submission differs from the record, i.e. whether there is anything to decide
 */
record FieldDiff(String field, String labelKey, String current, String submitted, boolean changed) {
}
