package io.tongxin.dictionary.internal;

/** What callers of {@link DictionaryManagement} send. */
final class DictionaryCommands {

    /** A new item; {@code parentCode} only for hierarchical types, {@code sortOrder} null puts it last. */
    record NewItem(String code, String name, String parentCode, Integer sortOrder) {
    }

    /** A change to an item; null fields keep their stored value, {@code version} is required. */
    record ItemChange(String name, Integer sortOrder, Boolean enabled, Integer version) {
    }

    private DictionaryCommands() {
    }
}
