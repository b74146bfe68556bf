package io.tongxin.importing;

/** What a valid row does to the registry, or that it is rejected. */
public enum RowAction {
    CREATE, UPDATE, UNCHANGED, SKIPPED_EXISTING, REJECTED
}
