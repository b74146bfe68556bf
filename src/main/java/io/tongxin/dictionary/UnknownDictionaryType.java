package io.tongxin.dictionary;

import io.tongxin.shared.NotFoundException;

/** No dictionary has this type code. */
public class UnknownDictionaryType extends NotFoundException {

    public UnknownDictionaryType(String type) {
        super("error.dictionary.unknown-type", type);
    }
}
