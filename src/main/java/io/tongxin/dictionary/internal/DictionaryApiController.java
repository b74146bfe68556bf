package io.tongxin.dictionary.internal;

import java.util.List;

import io.tongxin.dictionary.Dictionaries;
import io.tongxin.dictionary.DictionaryItem;
import io.tongxin.dictionary.DictionaryType;
import io.tongxin.dictionary.internal.DictionaryCommands.ItemChange;
import io.tongxin.dictionary.internal.DictionaryCommands.NewItem;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dictionaries API. Reading the offered values is open to every signed-in user (forms need
 * them); maintaining items needs {@code dict:manage}. No DELETE: items are disabled instead.
 */
@RestController
@RequestMapping("/api/v1/dictionaries")
class DictionaryApiController {

    private final Dictionaries dictionaries;
    private final DictionaryManagement management;

    DictionaryApiController(Dictionaries dictionaries, DictionaryManagement management) {
        this.dictionaries = dictionaries;
        this.management = management;
    }

    @GetMapping
    List<DictionaryType> types() {
        return dictionaries.types();
    }

    /** The enabled items, in list order: what a form offers. */
    @GetMapping("/{type}")
    List<ItemView> items(@PathVariable String type) {
        return dictionaries.items(type).stream().map(ItemView::of).toList();
    }

    /** Every item with its state and version, for maintenance. */
    @GetMapping("/{type}/items")
    @PreAuthorize("hasAuthority('dict:manage')")
    List<ManagedItem> managedItems(@PathVariable String type) {
        return management.items(type);
    }

    @GetMapping("/{type}/items/{code}")
    @PreAuthorize("hasAuthority('dict:manage')")
    ManagedItem managedItem(@PathVariable String type, @PathVariable String code) {
        return management.item(type, code);
    }

    @PostMapping("/{type}/items")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('dict:manage')")
    ManagedItem create(@PathVariable String type, @RequestBody NewItem item) {
        return management.create(type, item);
    }

    @PutMapping("/{type}/items/{code}")
    @PreAuthorize("hasAuthority('dict:manage')")
    ManagedItem update(@PathVariable String type, @PathVariable String code, @RequestBody ItemChange change) {
        return management.update(type, code, change);
    }

    record ItemView(String code, String name, String parentCode) {

        static ItemView of(DictionaryItem item) {
            return new ItemView(item.code(), item.name(), item.parentCode());
        }
    }
}
