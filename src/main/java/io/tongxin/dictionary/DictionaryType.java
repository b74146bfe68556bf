package io.tongxin.dictionary;

/**
 * A dictionary: its code (e.g. {@code member-category}), Chinese name (e.g. {@code 统战成员类别}),
 * what it is for, and whether its items form a tree.
 */
public record DictionaryType(String code, String name, String description, boolean hierarchical) {
}
