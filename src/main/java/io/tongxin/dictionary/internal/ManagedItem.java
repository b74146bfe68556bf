package io.tongxin.dictionary.internal;

import java.time.Instant;

import io.tongxin.dictionary.DictionaryItem;

/** A dictionary item with everything its maintenance needs: the built-in flag, version and times. */
public record ManagedItem(String type, String code, String name, String parentCode, int sortOrder, boolean enabled,
        boolean builtIn, int version, Instant createdAt, Instant updatedAt) {

    DictionaryItem toItem() {
        return new DictionaryItem(type, code, name, parentCode, sortOrder, enabled);
    }
}
