package io.tongxin.dictionary.internal;

import java.util.Locale;

import io.tongxin.dictionary.internal.DictionaryCommands.NewItem;

/** The add form of the dictionaries page. */
public class ItemForm {

    private String code;
    private String name;
    private String parentCode;
    private Integer sortOrder;

    /** Office staff type codes in any case; codes are upper-case, so the page raises it for them. */
    NewItem toCommand() {
        String upper = code == null ? null : code.strip().toUpperCase(Locale.ROOT);
        return new NewItem(upper, name, parentCode, sortOrder);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getParentCode() {
        return parentCode;
    }

    public void setParentCode(String parentCode) {
        this.parentCode = parentCode;
    }

    public Integer getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(Integer sortOrder) {
        this.sortOrder = sortOrder;
    }
}
