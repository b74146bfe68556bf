package io.tongxin.dictionary.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.tongxin.dictionary.DictionaryItem;
import io.tongxin.dictionary.DictionaryType;

/**
 * One dictionary as read at one moment, with the look-ups the hot read paths need. Immutable, so
 * it can be shared by every thread until a change replaces it.
 *
 * @param all           every item, in list order
 * @param enabled       the enabled items, in list order
 * @param byCode        every item by code
 * @param enabledByName code of each enabled item by its exact name
 */
public record TypeSnapshot(DictionaryType type, List<DictionaryItem> all, List<DictionaryItem> enabled,
        Map<String, DictionaryItem> byCode, Map<String, String> enabledByName) {

    static TypeSnapshot of(DictionaryType type, List<DictionaryItem> items) {
        Map<String, DictionaryItem> byCode = new LinkedHashMap<>();
        Map<String, String> byName = new LinkedHashMap<>();
        for (DictionaryItem item : items) {
            byCode.put(item.code(), item);
            if (item.enabled()) {
                byName.put(item.name(), item.code());
            }
        }
        return new TypeSnapshot(type, List.copyOf(items), items.stream().filter(DictionaryItem::enabled).toList(),
                Map.copyOf(byCode), Map.copyOf(byName));
    }
}
