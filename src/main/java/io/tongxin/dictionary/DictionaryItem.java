package io.tongxin.dictionary;

/**
 * One value of a dictionary, as forms and lists need it.
 *
 * @param type       dictionary type code, e.g. {@code ethnicity}
 * @param code       stable code that other tables store, e.g. {@code 01}
 * @param name       Chinese name shown to users, e.g. {@code 汉族}
 * @param parentCode code of the parent item of the same type, or {@code null}
 * @param sortOrder  position in lists, lower first
 * @param enabled    offered for new input; disabled items still name old records
 */
public record DictionaryItem(String type, String code, String name, String parentCode, int sortOrder,
        boolean enabled) {
}
