package io.tongxin.dictionary.internal;

import io.tongxin.dictionary.DictionaryType;
import io.tongxin.shared.NotFoundException;

/** The dictionary exists but has no item with this code. */
class DictionaryItemNotFound extends NotFoundException {

    DictionaryItemNotFound(DictionaryType type, String code) {
        super("error.dictionary.item-not-found", type.name(), code);
    }
}
