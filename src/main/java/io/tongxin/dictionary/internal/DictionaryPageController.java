package io.tongxin.dictionary.internal;

import java.util.List;
import java.util.Map;

import io.tongxin.dictionary.DictionaryType;
import io.tongxin.shared.ConflictException;
import io.tongxin.shared.DomainException;
import io.tongxin.shared.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The dictionaries page: types on the left, the chosen type's items on the right, an add form
 * and inline editing of a row. With htmx a type switch or an add returns only the content
 * fragment and an edit only its row; without JavaScript every action still works by full page
 * loads ({@code ?edit=CODE} opens a row for editing). Rule violations show next to the field.
 */
@Controller
@RequestMapping("/dictionaries")
@PreAuthorize("hasAuthority('dict:manage')")
class DictionaryPageController {

    private static final String PAGE = "dictionary/dictionaries";
    private static final String CONTENT = PAGE + " :: content";
    private static final String ROW = "dictionary/item-row :: itemRow";
    private static final String HX_REQUEST = "HX-Request";
    private static final String HX_RESTORE = "HX-History-Restore-Request";

    /** Which field a rule the service enforced belongs to; other rules show above the form. */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("error.dictionary.code-required", "code"),
            Map.entry("error.dictionary.code-format", "code"),
            Map.entry("error.dictionary.duplicate-code", "code"),
            Map.entry("error.dictionary.name-required", "name"),
            Map.entry("error.dictionary.name-too-long", "name"),
            Map.entry("error.dictionary.duplicate-name", "name"),
            Map.entry("error.dictionary.not-hierarchical", "parentCode"),
            Map.entry("error.dictionary.unknown-parent", "parentCode"),
            Map.entry("error.dictionary.sort-order-range", "sortOrder"),
            Map.entry("error.dictionary.children-enabled", "enabled"),
            Map.entry("error.dictionary.parent-disabled", "enabled"));

    private final DictionaryManagement management;
    private final DictionaryCache cache;

    DictionaryPageController(DictionaryManagement management, DictionaryCache cache) {
        this.management = management;
        this.cache = cache;
    }

    @GetMapping
    String first(@RequestHeader(name = HX_REQUEST, required = false) String htmx,
            @RequestHeader(name = HX_RESTORE, required = false) String restore, Model model) {
        return show(cache.types().get(0).code(), null, htmx, restore, model);
    }

    @GetMapping("/{type}")
    String show(@PathVariable String type, @RequestParam(required = false) String edit,
            @RequestHeader(name = HX_REQUEST, required = false) String htmx,
            @RequestHeader(name = HX_RESTORE, required = false) String restore, Model model) {
        if (edit != null) {
            model.addAttribute("editCode", edit);
            model.addAttribute("editForm", ItemEditForm.of(management.item(type, edit)));
        }
        content(type, new ItemForm(), model);
        return fragment(htmx, restore) ? CONTENT : PAGE;
    }

    @PostMapping("/{type}/items")
    String create(@PathVariable String type, @ModelAttribute("itemForm") ItemForm form, BindingResult result,
            @RequestHeader(name = HX_REQUEST, required = false) String htmx, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                management.create(type, form.toCommand());
                if (htmx == null) {
                    redirect.addFlashAttribute("flashSuccess", "dictionary.created");
                    return "redirect:/dictionaries/" + type;
                }
                model.addAttribute("panelMessage", "dictionary.created");
                content(type, new ItemForm(), model);
                return CONTENT;
            }
            catch (InvalidInputException | ConflictException e) {
                reject(result, e);
            }
        }
        content(type, form, model);
        return htmx == null ? PAGE : CONTENT;
    }

    /** The row as an edit form (htmx). */
    @GetMapping("/{type}/items/{code}/edit")
    String editRow(@PathVariable String type, @PathVariable String code, Model model) {
        model.addAttribute("editCode", code);
        model.addAttribute("editForm", ItemEditForm.of(management.item(type, code)));
        return row(type, code, model);
    }

    /** The row as shown in the table (htmx: cancelling an edit). */
    @GetMapping("/{type}/items/{code}")
    String displayRow(@PathVariable String type, @PathVariable String code, Model model) {
        return row(type, code, model);
    }

    @PostMapping("/{type}/items/{code}")
    String update(@PathVariable String type, @PathVariable String code,
            @ModelAttribute("editForm") ItemEditForm form, BindingResult result,
            @RequestHeader(name = HX_REQUEST, required = false) String htmx, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                management.update(type, code, form.toCommand());
                if (htmx == null) {
                    redirect.addFlashAttribute("flashSuccess", "dictionary.saved");
                    return "redirect:/dictionaries/" + type;
                }
                model.addAttribute("savedCode", code);
                return row(type, code, model);
            }
            catch (InvalidInputException | ConflictException e) {
                reject(result, e);
            }
        }
        model.addAttribute("editCode", code);
        if (htmx == null) {
            content(type, new ItemForm(), model);
            return PAGE;
        }
        return row(type, code, model);
    }

    private String row(String type, String code, Model model) {
        DictionaryType dictionary = management.type(type);
        management.item(type, code);
        model.addAttribute("type", dictionary);
        model.addAttribute("row", ItemRow.of(code, management.items(type)));
        return ROW;
    }

    private void content(String type, ItemForm form, Model model) {
        DictionaryType dictionary = management.type(type);
        List<ManagedItem> items = management.items(type);
        model.addAttribute("types", cache.types());
        model.addAttribute("type", dictionary);
        model.addAttribute("rows", ItemRow.treeOrder(items));
        model.addAttribute("enabledCount", items.stream().filter(ManagedItem::enabled).count());
        model.addAttribute("parents", dictionary.hierarchical()
                ? items.stream().filter(ManagedItem::enabled).toList() : List.of());
        model.addAttribute("itemForm", form);
    }

    private static boolean fragment(String htmx, String restore) {
        return htmx != null && restore == null;
    }

    private static void reject(BindingResult result, DomainException e) {
        String field = FIELDS.get(e.messageCode());
        if (field == null) {
            result.reject(e.messageCode(), e.arguments(), e.messageCode());
        }
        else {
            result.rejectValue(field, e.messageCode(), e.arguments(), e.messageCode());
        }
    }
}
