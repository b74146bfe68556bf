package io.tongxin.dictionary.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A line of the items table: the item, how deep it sits in its tree and its parent's name.
 *
 * @param depth 0 for top-level items, 1 for their children...
 */
public record ItemRow(ManagedItem item, int depth, String parentName) {

    /** Items in tree order: each top-level item (in list order) followed by its descendants. */
    static List<ItemRow> treeOrder(List<ManagedItem> items) {
        Map<String, ManagedItem> byCode = new LinkedHashMap<>();
        items.forEach(item -> byCode.put(item.code(), item));
        Map<String, List<ManagedItem>> children = new LinkedHashMap<>();
        List<ManagedItem> roots = new ArrayList<>();
        for (ManagedItem item : items) {
            if (item.parentCode() == null || !byCode.containsKey(item.parentCode())) {
                roots.add(item);
            }
            else {
                children.computeIfAbsent(item.parentCode(), k -> new ArrayList<>()).add(item);
            }
        }
        List<ItemRow> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        roots.forEach(root -> add(root, 0, byCode, children, rows, seen));
        return rows;
    }

    /** The row of one item, placed as {@link #treeOrder} would place it. */
    static ItemRow of(String code, List<ManagedItem> items) {
        return treeOrder(items).stream().filter(row -> row.item().code().equals(code)).findFirst().orElseThrow();
    }

    private static void add(ManagedItem item, int depth, Map<String, ManagedItem> byCode,
            Map<String, List<ManagedItem>> children, List<ItemRow> rows, Set<String> seen) {
        if (!seen.add(item.code())) {
            return;
        }
        ManagedItem parent = item.parentCode() == null ? null : byCode.get(item.parentCode());
        rows.add(new ItemRow(item, depth, parent == null ? null : parent.name()));
        children.getOrDefault(item.code(), List.of()).forEach(child -> add(child, depth + 1, byCode, children, rows, seen));
    }
}
