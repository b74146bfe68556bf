package io.tongxin.member.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.tongxin.importing.CellError;
import io.tongxin.importing.ImportRun;
import io.tongxin.importing.RowAction;
import io.tongxin.importing.RowResult;
import io.tongxin.importing.SourceRow;
import io.tongxin.member.AccountData;
import io.tongxin.member.ChangeSource;
import io.tongxin.member.MemberData;
import io.tongxin.member.OnlineAccount;
import io.tongxin.personaldata.IdNumber;
import io.tongxin.personaldata.InvalidIdNumber;
import io.tongxin.security.RegionScope;
import io.tongxin.shared.ConflictException;
import io.tongxin.shared.DomainException;
import io.tongxin.shared.FieldViolation;
import io.tongxin.shared.InvalidFieldsException;
import io.tongxin.shared.NotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One pass of a member import. A row names a new person, or an existing one by 系统编号 (an edited
 * export) or by ID number. For an existing member the row's filled cells are laid over the stored
 * record: empty cells and absent columns keep what is stored, so an import never erases. A row
 * that changes nothing is "unchanged", which is how an export uploaded again shows no changes.
 */
final class MemberImportRun implements ImportRun {

    private static final Map<String, String> COLUMN_OF_FIELD = Map.of("categoryCodes", "categories",
            "regionCode", "region", "importance", "key");

    private final MemberStore store;
    private final MemberRepository members;
    private final AccountStore accounts;
    private final MemberCellReader reader;
    private final RegionScope scope;
    private final String actor;
    private final boolean updateExisting;
    private final Map<String, Object> regionCache = new HashMap<>();
    private final Map<String, Integer> idNumbersSeen = new HashMap<>();
    private final Map<Long, Integer> membersSeen = new HashMap<>();
    private final Map<String, Integer> handlesSeen = new HashMap<>();
    /** Looked up per chunk in {@link #prepare}: who holds each ID number (by HMAC), which handles are taken. */
    private final Map<String, Map.Entry<Long, String>> holders = new HashMap<>();
    private final Set<String> preparedHmacs = new HashSet<>();
    private final Set<String> takenHandles = new HashSet<>();
    private final MemberBulkWriter bulk;
    private final MemberOverlay overlays;

    MemberImportRun(MemberStore store, MemberRepository members, AccountStore accounts, MemberCellReader reader,
            JdbcTemplate jdbc, RegionScope scope, String actor, boolean updateExisting) {
        this.store = store;
        this.members = members;
        this.accounts = accounts;
        this.reader = reader;
        this.scope = scope;
        this.actor = actor;
        this.updateExisting = updateExisting;
        this.bulk = new MemberBulkWriter(jdbc, actor);
        this.overlays = new MemberOverlay(store, members);
    }

    /** One query for the ID numbers and one for the account handles of a whole chunk. */
    @Override
    public void prepare(List<SourceRow> rows) {
        holders.clear();
        preparedHmacs.clear();
        takenHandles.clear();
        Set<String> handles = new HashSet<>();
        Set<String> platforms = new HashSet<>();
        for (SourceRow row : rows) {
            String id = row.text("idNumber");
            if (id != null && !id.contains("*")) {
                try {
                    preparedHmacs.add(store.idHmac(IdNumber.parse(id)));
                }
                catch (InvalidIdNumber reportedLater) {
                    // the row's check reports it
                }
            }
            String handle = row.text("handle");
            if (handle != null) {
                handles.add(handle.toLowerCase(Locale.ROOT));
                platforms.add(reader.platformCode(row.text("platform")));
            }
        }
        holders.putAll(members.holdersOfIdNumbers(preparedHmacs));
        platforms.remove(null);
        takenHandles.addAll(members.takenHandles(platforms, handles));
    }

    @Override
    public void finish() {
        bulk.flush();
    }

    /** What a row would do, decided without writing. */
    private record Plan(RowResult result, ImportedMember member, MemberRow existing, MemberData data,
            AccountChange account) {
    }

    /** What a row changes about an account: a new one, or a stored one's followers and/or 昵称. */
    private record AccountChange(AccountData add, OnlineAccount existing, Long followers, String displayName) {
        boolean any() {
            return add != null || followers != null || displayName != null;
        }
    }

    @Override
    public RowResult check(SourceRow row) {
        return plan(row).result();
    }

    @Override
    public RowResult apply(SourceRow row) {
        Plan plan = plan(row);
        RowAction action = plan.result().action();
        if (action == RowAction.CREATE) {
            bulk.add(store.prepareNew(plan.data(), scope), plan.account() == null ? null : plan.account().add());
            if (bulk.size() >= CHUNK) {
                bulk.flush();
            }
        }
        else if (action == RowAction.UPDATE) {
            if (!updateExisting) {
                return RowResult.of(RowAction.SKIPPED_EXISTING);
            }
            MemberRow existing = plan.existing();
            if (!plan.data().equals(overlays.toData(existing))) {
                store.update(existing.id(), plan.data(), existing.version(), scope, actor, ChangeSource.IMPORT);
            }
            applyAccount(store.stored(existing.id(), scope), plan.account());
        }
        return plan.result();
    }

    private void applyAccount(MemberRow member, AccountChange change) {
        if (change == null) {
            return;
        }
        if (change.add() != null) {
            accounts.add(member, change.add(), actor, ChangeSource.IMPORT);
        }
        else {
            if (change.followers() != null) {
                accounts.recordFollowers(member, change.existing().id(), LocalDate.now(), change.followers(), actor,
                        ChangeSource.IMPORT);
            }
            if (change.displayName() != null) {
                accounts.rename(member, change.existing().id(), change.displayName(), actor, ChangeSource.IMPORT);
            }
        }
    }

    private Plan plan(SourceRow row) {
        List<CellError> errors = new ArrayList<>();
        ImportedMember m = reader.read(row, scope, regionCache, errors);
        if (!errors.isEmpty()) {
            return rejected(errors);
        }
        IdNumber idNumber = null;
        if (m.idNumber() != null) {
            try {
                idNumber = IdNumber.parse(m.idNumber());
            }
            catch (InvalidIdNumber e) {
                return rejected(List.of(new CellError("idNumber", e.messageCode(), e.arguments())));
            }
            Integer earlier = idNumbersSeen.putIfAbsent(idNumber.value(), row.number());
            if (earlier != null) {
                return rejected(List.of(new CellError("idNumber", "import.member.duplicate-in-file", earlier)));
            }
        }
        if ((m.platform() == null) != (m.handle() == null)) {
            return rejected(List.of(new CellError(m.platform() == null ? "platform" : "handle",
                    "import.member.account-incomplete")));
        }
        if (m.handle() != null && (m.handle().length() > 100
                || m.displayName() != null && m.displayName().length() > 100)) {
            return rejected(List.of(new CellError("handle", "import.member.account-too-long")));
        }
        MemberRow existing;
        try {
            existing = existing(m, idNumber);
        }
        catch (NotFoundException e) {
            return rejected(List.of(new CellError("memberId", "import.member.no-such-member", m.memberId())));
        }
        catch (DomainException e) {
            return rejected(List.of(new CellError("idNumber", e.messageCode(), e.arguments())));
        }
        if (existing != null) {
            Integer earlier = membersSeen.putIfAbsent(existing.id(), row.number());
            if (earlier != null) {
                return rejected(List.of(new CellError(null, "import.member.same-member-twice", earlier)));
            }
        }
        else if (m.maskedIdNumber()) {
            return rejected(List.of(new CellError("idNumber", "import.member.masked-id-for-new")));
        }
        MemberData data = existing == null ? MemberOverlay.newData(m) : overlays.overlay(m, existing, idNumber);
        try {
            store.check(data, scope);
        }
        catch (InvalidFieldsException e) {
            return rejected(e.violations().stream().map(MemberImportRun::cellError).toList());
        }
        AccountChange account;
        try {
            account = accountChange(m, existing);
        }
        catch (ConflictException taken) {
            return rejected(List.of(new CellError("handle", taken.messageCode(), taken.arguments())));
        }
        if (m.hasAccount()) {
            Integer earlier = handlesSeen.putIfAbsent(m.platform() + "|" + m.handle().toLowerCase(Locale.ROOT),
                    row.number());
            if (earlier != null) {
                return rejected(List.of(new CellError("handle", "import.member.handle-twice", earlier)));
            }
        }
        if (existing == null) {
            return new Plan(RowResult.of(RowAction.CREATE), m, null, data, account);
        }
        boolean same = data.equals(overlays.toData(existing)) && (account == null || !account.any());
        return new Plan(RowResult.of(same ? RowAction.UNCHANGED : RowAction.UPDATE), m, existing, data, account);
    }

    private MemberRow existing(ImportedMember m, IdNumber idNumber) {
        if (m.memberId() != null) {
            return store.stored(m.memberId(), scope);
        }
        if (idNumber == null) {
            return null;
        }
        String hmac = store.idHmac(idNumber);
        if (!preparedHmacs.contains(hmac)) {
            return store.findByIdNumber(idNumber, scope).map(found -> store.stored(found.id(), scope)).orElse(null);
        }
        Map.Entry<Long, String> holder = holders.get(hmac);
        if (holder == null) {
            return null;
        }
        if (!scope.includes(holder.getValue())) {
            // Outside the scope: the same refusal as a registration, naming only the region.
            store.findByIdNumber(idNumber, scope);
        }
        return store.stored(holder.getKey(), scope);
    }

    private static Plan rejected(List<CellError> errors) {
        return new Plan(RowResult.rejected(errors), null, null, null, null);
    }

    private static CellError cellError(FieldViolation v) {
        String column = COLUMN_OF_FIELD.getOrDefault(v.field(), v.field());
        return new CellError(column, v.messageCode(), v.arguments());
    }


    private AccountChange accountChange(ImportedMember m, MemberRow existing) {
        if (!m.hasAccount()) {
            return null;
        }
        Optional<OnlineAccount> stored = existing == null ? Optional.empty()
                : members.accounts(existing.id()).stream()
                    .filter(a -> a.platformCode().equals(m.platform()) && a.handle().equalsIgnoreCase(m.handle()))
                    .findFirst();
        if (stored.isEmpty()) {
            String key = m.platform() + "|" + m.handle().toLowerCase(Locale.ROOT);
            if (takenHandles.contains(key)) {
                throw new ConflictException("error.member.account-taken", m.handle());
            }
            return new AccountChange(new AccountData(m.platform(), m.handle(), m.displayName(), null, m.followers(),
                    null, null), null, null, null);
        }
        Long followers = m.followers() != null && m.followers() != stored.get().followers() ? m.followers() : null;
        // An empty 昵称 cell keeps the stored name, as empty cells keep other stored values.
        String displayName = m.displayName() != null && !m.displayName().equals(stored.get().displayName())
                ? m.displayName() : null;
        return new AccountChange(null, stored.get(), followers, displayName);
    }

}
