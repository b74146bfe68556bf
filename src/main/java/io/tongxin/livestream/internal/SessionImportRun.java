package io.tongxin.livestream.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.tongxin.dictionary.Dictionaries;
import io.tongxin.importing.CellError;
import io.tongxin.importing.CellProblem;
import io.tongxin.importing.CellValue;
import io.tongxin.importing.Cells;
import io.tongxin.importing.ImportRun;
import io.tongxin.importing.RowAction;
import io.tongxin.importing.RowResult;
import io.tongxin.importing.SourceRow;
import io.tongxin.livestream.SessionData;
import io.tongxin.livestream.SessionSource;
import io.tongxin.member.AccountHolder;
import io.tongxin.member.Member;
import io.tongxin.member.MemberManagement;
import io.tongxin.region.Region;
import io.tongxin.region.RegionDirectory;
import io.tongxin.security.RegionScope;
import io.tongxin.shared.FieldViolation;
import io.tongxin.shared.InvalidFieldsException;

/** One pass over a platform's session export: each row checked like the session form, then recorded. */
final class SessionImportRun implements ImportRun {

    record Dependencies(MemberManagement members, StreamerStore streamers, SessionValidator validator,
            SessionStore sessions, RegionDirectory regions, Dictionaries dictionaries) {
    }

    private static final Map<String, String> COLUMN_OF_FIELD = Map.of("streamerId", "handle", "accountId", "handle",
            "villageCodes", "villages", "productCodes", "products");

    private final Dependencies d;
    private final String platform;
    private final RegionScope scope;
    private final String actor;
    private final Map<Long, Member> memberCache = new HashMap<>();
    private final Map<String, AccountHolder> accounts = new HashMap<>();
    private final Set<String> seen = new HashSet<>();

    SessionImportRun(Dependencies dependencies, String platform, RegionScope scope, String actor) {
        this.d = dependencies;
        this.platform = platform;
        this.scope = scope;
        this.actor = actor;
    }

    private record Plan(RowResult result, ValidSession session) {
    }

    @Override
    public RowResult check(SourceRow row) {
        return plan(row).result();
    }

    @Override
    public RowResult apply(SourceRow row) {
        Plan plan = plan(row);
        if (plan.result().action() != RowAction.CREATE) {
            return plan.result();
        }
        return d.sessions().insertIfNew(plan.session(), SessionSource.IMPORT, actor).isPresent()
                ? plan.result() : RowResult.of(RowAction.UNCHANGED);
    }

    private Plan plan(SourceRow row) {
        List<CellError> errors = new ArrayList<>();
        String handle = row.text("handle");
        AccountHolder holder = null;
        if (handle == null) {
            errors.add(new CellError("handle", "livestream.import.handle-required"));
        }
        else {
            holder = accounts.computeIfAbsent(handle.toLowerCase(),
                    h -> d.members().findAccountHolder(platform, handle).orElse(null));
            if (holder == null) {
                errors.add(new CellError("handle", "livestream.import.unknown-account", handle));
            }
        }
        LocalDateTime start = read(row, "startedAt", Cells::dateTime, errors);
        LocalDateTime end = read(row, "endedAt", Cells::dateTime, errors);
        Long minutes = read(row, "duration", Cells::minutes, errors);
        if (end == null && start != null && minutes != null) {
            end = start.plusMinutes(minutes);
        }
        Long peak = read(row, "peakViewers", Cells::wholeNumber, errors);
        Long total = read(row, "totalViewers", Cells::wholeNumber, errors);
        Long orders = read(row, "orders", Cells::wholeNumber, errors);
        BigDecimal gmv = read(row, "gmv", Cells::amount, errors);
        List<String> products = products(row.text("products"), errors);
        List<String> villages = villages(row.text("villages"), holder, start, errors);
        if (!errors.isEmpty()) {
            return new Plan(RowResult.rejected(errors), null);
        }
        SessionData data = new SessionData(holder.memberId(), holder.accountId(), villages, start, end,
                zeroIfNull(peak), zeroIfNull(total), zeroIfNull(orders), gmv == null ? BigDecimal.ZERO : gmv, products,
                row.text("platformSessionId"), row.text("notes"));
        ValidSession valid;
        try {
            valid = d.validator().validate(data, scope, memberCache);
        }
        catch (InvalidFieldsException e) {
            return new Plan(RowResult.rejected(e.violations().stream().map(SessionImportRun::cellError).toList()),
                    null);
        }
        String key = valid.platformSessionId() != null ? "ref:" + valid.platformSessionId()
                : "start:" + valid.accountId() + "@" + valid.startedAt();
        boolean recorded = !seen.add(key)
                || valid.platformSessionId() != null
                    && d.sessions().referenceTaken(valid.platformCode(), valid.platformSessionId(), null)
                || d.sessions().startTaken(valid.accountId(), valid.startedAt(), null);
        return new Plan(RowResult.of(recorded ? RowAction.UNCHANGED : RowAction.CREATE), valid);
    }

    private static Long zeroIfNull(Long value) {
        return value == null ? 0L : value;
    }

    private static <T> T read(SourceRow row, String key, Function<CellValue, T> parser,
            List<CellError> errors) {
        try {
            return parser.apply(row.cell(key));
        }
        catch (CellProblem problem) {
            errors.add(problem.at(key));
            return null;
        }
    }

    private List<String> products(String text, List<CellError> errors) {
        List<String> codes = new ArrayList<>();
        for (String name : Cells.list(text)) {
            var code = d.dictionaries().codeForName("livestream-product", name);
            if (code.isPresent()) {
                codes.add(code.get());
            }
            else if (d.dictionaries().isValid("livestream-product", name)) {
                codes.add(name);
            }
            else {
                errors.add(new CellError("products", "livestream.error.unknown-product", name));
            }
        }
        return codes;
    }

    /**
     * The villages named in the row (codes or name paths), or else the villages the streamer served
     * on the day: platform exports know nothing of villages.
     */
    private List<String> villages(String text, AccountHolder holder, LocalDateTime start, List<CellError> errors) {
        List<String> codes = new ArrayList<>();
        for (String village : Cells.list(text)) {
            String normalized = Cells.normalized(village);
            if (normalized.matches("\\d{12}")) {
                codes.add(normalized);
                continue;
            }
            List<Region> found = d.regions().findByPath(normalized).stream()
                .filter(r -> scope.includes(r.code())).toList();
            if (found.size() == 1) {
                codes.add(found.get(0).code().value());
            }
            else {
                errors.add(new CellError("villages", found.isEmpty() ? "livestream.import.unknown-village"
                        : "livestream.import.ambiguous-village", village));
            }
        }
        if (codes.isEmpty() && holder != null && start != null) {
            LocalDate day = start.toLocalDate();
            d.streamers().assignmentsOf(holder.memberId()).stream()
                .filter(a -> !a.startedOn().isAfter(day) && (a.endedOn() == null || !a.endedOn().isBefore(day)))
                .map(Assignment::villageCode)
                .forEach(codes::add);
        }
        return codes;
    }

    private static CellError cellError(FieldViolation v) {
        return new CellError(COLUMN_OF_FIELD.getOrDefault(v.field(), v.field()), v.messageCode(), v.arguments());
    }
}
