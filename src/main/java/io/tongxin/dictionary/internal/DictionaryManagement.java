package io.tongxin.dictionary.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import io.tongxin.audit.AuditActions;
import io.tongxin.audit.AuditEntry;
import io.tongxin.audit.AuditLog;
import io.tongxin.dictionary.DictionaryType;
import io.tongxin.dictionary.UnknownDictionaryType;
import io.tongxin.dictionary.internal.DictionaryCommands.ItemChange;
import io.tongxin.dictionary.internal.DictionaryCommands.NewItem;
import io.tongxin.shared.InvalidInputException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Maintains dictionary items: add, rename, reorder, disable and enable. There is no delete: a
 * disabled item keeps naming the records that carry its code. Each change is audited in its own
 * transaction and evicts the type from the read cache once that transaction ends.
 * Callers check the permission {@code dict:manage}.
 */
@Service
class DictionaryManagement {

    static final String AUDIT_ACTION = AuditActions.DICTIONARY_CHANGED;
    static final String AUDIT_TARGET = "DICTIONARY_ITEM";
    /** UPPER_SNAKE identifiers or standard numeric codes: {@code DOUYIN}, {@code NSS_NEW_MEDIA}, {@code 05}. */
    static final Pattern CODE = Pattern.compile("[A-Z0-9]+(_[A-Z0-9]+)*");
    static final int MAX_CODE_LENGTH = 40;
    static final int MAX_NAME_LENGTH = 100;
    static final int MAX_SORT_ORDER = 99_999;

    private final DictionaryRepository repository;
    private final DictionaryCache cache;
    private final AuditLog audit;

    DictionaryManagement(DictionaryRepository repository, DictionaryCache cache, AuditLog audit) {
        this.repository = repository;
        this.cache = cache;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public DictionaryType type(String type) {
        return repository.findType(type).orElseThrow(() -> new UnknownDictionaryType(type));
    }

    /** Every item of the type, disabled ones included, straight from the database (with versions). */
    @Transactional(readOnly = true)
    public List<ManagedItem> items(String type) {
        type(type);
        return repository.findItems(type);
    }

    @Transactional(readOnly = true)
    public ManagedItem item(String type, String code) {
        return existing(type(type), code);
    }

    @Transactional
    public ManagedItem create(String typeCode, NewItem item) {
        DictionaryType type = type(typeCode);
        String code = checkCode(item.code());
        String name = checkName(item.name());
        String parent = blank(item.parentCode()) ? null : item.parentCode().strip();
        if (parent != null) {
            checkParent(type, parent);
        }
        int sortOrder = item.sortOrder() == null ? repository.nextSortOrder(type.code()) : checkSortOrder(item.sortOrder());
        if (repository.findItem(type.code(), code).isPresent()) {
            throw DuplicateDictionaryItem.code(type, code);
        }
        if (repository.nameTaken(type.code(), name, null)) {
            throw DuplicateDictionaryItem.name(type, name);
        }
        try {
            repository.insert(type.code(), code, name, parent, sortOrder);
        }
        catch (DuplicateKeyException e) {
            // A concurrent insert won the race between the checks above and this insert.
            throw DuplicateDictionaryItem.code(type, code);
        }
        record(type, code, "created name=" + name + (parent == null ? "" : " parent=" + parent)
                + " sortOrder=" + sortOrder);
        return repository.findItem(type.code(), code).orElseThrow();
    }

    @Transactional
    public ManagedItem update(String typeCode, String code, ItemChange change) {
        DictionaryType type = type(typeCode);
        ManagedItem current = existing(type, code);
        if (change.version() == null) {
            throw new InvalidInputException("error.dictionary.version-required");
        }
        if (change.version() != current.version()) {
            throw new StaleDictionaryItem(current);
        }
        String name = change.name() == null ? current.name() : checkName(change.name());
        int sortOrder = change.sortOrder() == null ? current.sortOrder() : checkSortOrder(change.sortOrder());
        boolean enabled = change.enabled() == null ? current.enabled() : change.enabled();
        List<String> changes = changes(current, name, sortOrder, enabled);
        if (changes.isEmpty()) {
            return current;
        }
        if (!name.equals(current.name()) && repository.nameTaken(type.code(), name, current.code())) {
            throw DuplicateDictionaryItem.name(type, name);
        }
        if (current.enabled() && !enabled && repository.hasEnabledChildren(type.code(), current.code())) {
            throw new InvalidInputException("error.dictionary.children-enabled", current.name());
        }
        if (!current.enabled() && enabled && current.parentCode() != null
                && !repository.findItem(type.code(), current.parentCode()).map(ManagedItem::enabled).orElse(false)) {
            throw new InvalidInputException("error.dictionary.parent-disabled", current.name());
        }
        try {
            if (!repository.update(type.code(), current.code(), current.version(), name, sortOrder, enabled)) {
                throw new StaleDictionaryItem(existing(type, code));
            }
        }
        catch (DuplicateKeyException e) {
            throw DuplicateDictionaryItem.name(type, name);
        }
        record(type, current.code(), String.join("; ", changes));
        return existing(type, code);
    }

    private void record(DictionaryType type, String code, String detail) {
        audit.record(AuditEntry.of(AUDIT_ACTION).target(AUDIT_TARGET, type.code() + ":" + code)
            .detail(detail.length() > 500 ? detail.substring(0, 500) : detail));
        cache.evictAfterCompletion(type.code());
    }

    private ManagedItem existing(DictionaryType type, String code) {
        return repository.findItem(type.code(), code).orElseThrow(() -> new DictionaryItemNotFound(type, code));
    }

    private void checkParent(DictionaryType type, String parent) {
        if (!type.hierarchical()) {
            throw new InvalidInputException("error.dictionary.not-hierarchical", type.name());
        }
        boolean usable = repository.findItem(type.code(), parent).map(ManagedItem::enabled).orElse(false);
        if (!usable) {
            throw new InvalidInputException("error.dictionary.unknown-parent", parent, type.name());
        }
    }

    private static String checkCode(String raw) {
        if (blank(raw)) {
            throw new InvalidInputException("error.dictionary.code-required");
        }
        String code = raw.strip();
        if (code.length() > MAX_CODE_LENGTH || !CODE.matcher(code).matches()) {
            throw new InvalidInputException("error.dictionary.code-format", code, MAX_CODE_LENGTH);
        }
        return code;
    }

    private static String checkName(String raw) {
        if (blank(raw)) {
            throw new InvalidInputException("error.dictionary.name-required");
        }
        String name = raw.strip();
        if (name.length() > MAX_NAME_LENGTH) {
            throw new InvalidInputException("error.dictionary.name-too-long", MAX_NAME_LENGTH);
        }
        return name;
    }

    private static int checkSortOrder(int sortOrder) {
        if (sortOrder < 0 || sortOrder > MAX_SORT_ORDER) {
            throw new InvalidInputException("error.dictionary.sort-order-range", sortOrder, MAX_SORT_ORDER);
        }
        return sortOrder;
    }

    private static List<String> changes(ManagedItem current, String name, int sortOrder, boolean enabled) {
        List<String> changes = new ArrayList<>();
        if (!Objects.equals(name, current.name())) {
            changes.add("name: " + current.name() + " -> " + name);
        }
        if (sortOrder != current.sortOrder()) {
            changes.add("sortOrder: " + current.sortOrder() + " -> " + sortOrder);
        }
        if (enabled != current.enabled()) {
            changes.add(enabled ? "enabled" : "disabled");
        }
        return changes;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
