package io.tongxin.dictionary.internal;

import io.tongxin.dictionary.internal.DictionaryCommands.ItemChange;

/**
 * The inline edit row of the dictionaries page. The row always sends the whole state, so an
 * unticked "enabled" box (which browsers do not send) means disabled.
 */
public class ItemEditForm {

    private String name;
    private Integer sortOrder;
    private boolean enabled;
    private Integer version;

    static ItemEditForm of(ManagedItem item) {
        ItemEditForm form = new ItemEditForm();
        form.name = item.name();
        form.sortOrder = item.sortOrder();
        form.enabled = item.enabled();
        form.version = item.version();
        return form;
    }

    ItemChange toCommand() {
        return new ItemChange(name, sortOrder, enabled, version);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(Integer sortOrder) {
        this.sortOrder = sortOrder;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
