package io.tongxin.dictionary.internal;

import io.tongxin.dictionary.DictionaryType;
import io.tongxin.shared.ConflictException;

/** Another item of the dictionary already has this code or this name. */
class DuplicateDictionaryItem extends ConflictException {

    private DuplicateDictionaryItem(String messageCode, DictionaryType type, String value) {
        super(messageCode, type.name(), value);
    }

    static DuplicateDictionaryItem code(DictionaryType type, String code) {
        return new DuplicateDictionaryItem("error.dictionary.duplicate-code", type, code);
    }

    static DuplicateDictionaryItem name(DictionaryType type, String name) {
        return new DuplicateDictionaryItem("error.dictionary.duplicate-name", type, name);
    }
}
