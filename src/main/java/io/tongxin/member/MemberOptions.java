package io.tongxin.member;

import java.util.ArrayList;
import java.util.List;

import io.tongxin.dictionary.Dictionaries;
import io.tongxin.dictionary.DictionaryItem;
import org.springframework.stereotype.Component;

/** The choices the member pages offer, from the dictionaries. */
@Component
class MemberOptions {

    private final Dictionaries dictionaries;

    MemberOptions(Dictionaries dictionaries) {
        this.dictionaries = dictionaries;
    }

    /** A category, its sub-categories right after it (新的社会阶层人士 → 新媒体从业人员 …). */
    record Category(String code, String name, String parentCode) {

        public boolean child() {
            return parentCode != null;
        }

        /** For a select, where only spaces can show the nesting. */
        public String indentedName() {
            return child() ? "\u00A0\u00A0\u00A0\u00A0" + name : name;
        }
    }

    List<Category> categories() {
        List<DictionaryItem> items = dictionaries.items(MemberLabels.CATEGORY);
        List<Category> ordered = new ArrayList<>();
        for (DictionaryItem top : items) {
            if (top.parentCode() != null) {
                continue;
            }
            ordered.add(new Category(top.code(), top.name(), null));
            items.stream().filter(i -> top.code().equals(i.parentCode()))
                .forEach(i -> ordered.add(new Category(i.code(), i.name(), top.code())));
        }
        return ordered;
    }

    /** The enabled items, plus the current value if it has been disabled since, so that a form keeps it. */
    List<DictionaryItem> items(String type, String current) {
        List<DictionaryItem> items = dictionaries.items(type);
        if (current == null || current.isBlank() || items.stream().anyMatch(i -> i.code().equals(current))) {
            return items;
        }
        List<DictionaryItem> withCurrent = new ArrayList<>(items);
        dictionaries.find(type, current).ifPresent(withCurrent::add);
        return withCurrent;
    }

    List<DictionaryItem> items(String type) {
        return dictionaries.items(type);
    }
}
