package io.tongxin.dictionary;

import java.util.List;
import java.util.Optional;

import io.tongxin.dictionary.internal.DictionaryCache;
import io.tongxin.dictionary.internal.TypeSnapshot;
import org.springframework.stereotype.Service;

/**
 * Reads the dictionaries; the one way other modules see them. Answers come from an in-memory
 * copy per type that a change through the management API or page replaces (single node; see
 * {@link DictionaryCache}), so calling these on every form and list row is cheap.
 * <p>
 * Every method takes a type code such as {@code ethnicity} and throws {@link UnknownDictionaryType}
 * (404) when no dictionary has it: a misspelt type is a programming error, not an invalid value.
 */
@Service
public class Dictionaries {

    private final DictionaryCache cache;

    Dictionaries(DictionaryCache cache) {
        this.cache = cache;
    }

    /** The dictionary types, in display order. */
    public List<DictionaryType> types() {
        return cache.types();
    }

    public DictionaryType type(String type) {
        return snapshot(type).type();
    }

    /** The enabled items, ordered by sort order, then code: what a form offers. */
    public List<DictionaryItem> items(String type) {
        return snapshot(type).enabled();
    }

    /** Every item including disabled ones, in the same order. */
    public List<DictionaryItem> allItems(String type) {
        return snapshot(type).all();
    }

    /** The item with this code, enabled or not (old records keep showing disabled values). */
    public Optional<DictionaryItem> find(String type, String code) {
        TypeSnapshot snapshot = snapshot(type);
        return code == null ? Optional.empty() : Optional.ofNullable(snapshot.byCode().get(code));
    }

    /** Whether the code names an enabled item, i.e. may be chosen for new input. */
    public boolean isValid(String type, String code) {
        return find(type, code).map(DictionaryItem::enabled).orElse(false);
    }

    /** The Chinese name of the code; the code itself if no item has it, {@code null} for {@code null}. */
    public String nameOf(String type, String code) {
        return find(type, code).map(DictionaryItem::name).orElse(code);
    }

    /**
     * The code of the enabled item with exactly this Chinese name (surrounding blanks ignored),
     * e.g. {@code codeForName("ethnicity", "回族")} is {@code 03}. For imports, which name values.
     */
    public Optional<String> codeForName(String type, String name) {
        TypeSnapshot snapshot = snapshot(type);
        return name == null ? Optional.empty() : Optional.ofNullable(snapshot.enabledByName().get(name.strip()));
    }

    /**
     * Accepts the code if it names an enabled item of the type; otherwise throws
     * {@link UnknownDictionaryCode} (400) whose Chinese message names the dictionary. A missing
     * ({@code null} or blank) code is rejected too: callers check optional fields themselves.
     */
    public void requireValid(String type, String code) {
        if (!isValid(type, code)) {
            throw new UnknownDictionaryCode(snapshot(type).type(), code);
        }
    }

    private TypeSnapshot snapshot(String type) {
        return cache.snapshot(type).orElseThrow(() -> new UnknownDictionaryType(type));
    }
}
