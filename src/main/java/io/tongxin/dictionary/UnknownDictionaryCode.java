package io.tongxin.dictionary;

import io.tongxin.shared.InvalidInputException;

/**
 * A submitted value is not an enabled item of its dictionary (or none was given). The Chinese
 * message names the dictionary, e.g. "“99”不是有效的民族". {@link #type()} and {@link #code()} let a
 * form put the error next to the right field.
 */
public class UnknownDictionaryCode extends InvalidInputException {

    private final String type;
    private final String code;

    UnknownDictionaryCode(DictionaryType type, String code) {
        super(code == null || code.isBlank() ? "error.dictionary.code-missing" : "error.dictionary.unknown-code",
                type.name(), code == null ? "" : code);
        this.type = type.code();
        this.code = code;
    }

    /** The dictionary type code, e.g. {@code ethnicity}. */
    public String type() {
        return type;
    }

    /** The rejected value as submitted; may be {@code null}. */
    public String code() {
        return code;
    }
}
