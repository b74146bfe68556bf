package io.tongxin.livestream.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.tongxin.dictionary.Dictionaries;
import io.tongxin.livestream.SessionData;
import io.tongxin.member.Member;
import io.tongxin.member.MemberManagement;
import io.tongxin.member.OnlineAccount;
import io.tongxin.security.RegionScope;
import io.tongxin.shared.FieldViolation;
import io.tongxin.shared.InvalidFieldsException;
import io.tongxin.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Checks a session against every rule at once: a streamer the caller can see with this account,
 * enrolled villages in scope, times, non-negative counts, GMV as exact yuan with at most two
 * decimals, products from the dictionary.
 */
@Component
public class SessionValidator {

    static final BigDecimal MAX_GMV = new BigDecimal("999999999999.99");
    static final String PRODUCTS = "livestream-product";

    private final MemberManagement members;
    private final VillageStore villages;
    private final StreamerStore streamers;
    private final Dictionaries dictionaries;

    SessionValidator(MemberManagement members, VillageStore villages, StreamerStore streamers,
            Dictionaries dictionaries) {
        this.members = members;
        this.villages = villages;
        this.streamers = streamers;
        this.dictionaries = dictionaries;
    }

    /**
     * @param memberCache members already looked up in this batch (by id), so that a file of a
     *                    thousand sessions of five streamers asks the registry five times
     */
    public ValidSession validate(SessionData d, RegionScope scope, Map<Long, Member> memberCache) {
        List<FieldViolation> errors = new ArrayList<>();
        Member member = null;
        if (d.streamerId() == null) {
            errors.add(new FieldViolation("streamerId", "livestream.error.streamer-required"));
        }
        else {
            member = memberCache.computeIfAbsent(d.streamerId(), id -> {
                try {
                    return members.get(id);
                }
                catch (NotFoundException e) {
                    return null;
                }
            });
            if (member == null) {
                errors.add(new FieldViolation("streamerId", "livestream.error.streamer-not-found", d.streamerId()));
            }
        }
        OnlineAccount account = null;
        if (d.accountId() == null) {
            errors.add(new FieldViolation("accountId", "livestream.error.account-required"));
        }
        else if (member != null) {
            account = member.accounts().stream().filter(a -> a.id() == d.accountId()).findFirst().orElse(null);
            if (account == null) {
                errors.add(new FieldViolation("accountId", "livestream.error.account-not-streamers"));
            }
        }
        if (d.villageCodes().isEmpty()) {
            errors.add(new FieldViolation("villageCodes", "livestream.error.villages-required"));
        }
        else {
            Set<String> enrolled = villages.enrolledAmong(d.villageCodes());
            for (String code : d.villageCodes()) {
                if (!enrolled.contains(code) || !scope.includes(code)) {
                    errors.add(new FieldViolation("villageCodes", "livestream.error.village-not-enrolled", code));
                }
            }
        }
        checkTimes(d, errors);
        checkCount("peakViewers", d.peakViewers(), errors);
        checkCount("totalViewers", d.totalViewers(), errors);
        checkCount("orders", d.orders(), errors);
        checkGmv(d.gmv(), errors);
        for (String product : d.productCodes()) {
            boolean leaf = dictionaries.find(PRODUCTS, product).map(i -> i.enabled() && i.parentCode() != null)
                .orElse(false);
            if (!leaf) {
                errors.add(new FieldViolation("productCodes", "livestream.error.unknown-product", product));
            }
        }
        if (d.platformSessionId() != null && d.platformSessionId().length() > 100) {
            errors.add(new FieldViolation("platformSessionId", "livestream.error.too-long", 100));
        }
        if (d.notes() != null && d.notes().length() > 1000) {
            errors.add(new FieldViolation("notes", "livestream.error.too-long", 1000));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
        streamers.ensure(member.id(), member.name(), member.regionCode());
        return new ValidSession(d.villageCodes().get(0), d.villageCodes(), member.id(), account.id(),
                account.platformCode(), Sql.instant(d.startedAt()), Sql.instant(d.endedAt()), value(d.peakViewers()),
                value(d.totalViewers()), value(d.orders()), d.gmv().setScale(2), d.productCodes(),
                d.platformSessionId(), d.notes());
    }

    private static void checkTimes(SessionData d, List<FieldViolation> errors) {
        if (d.startedAt() == null) {
            errors.add(new FieldViolation("startedAt", "livestream.error.started-at-required"));
        }
        else if (d.startedAt().truncatedTo(ChronoUnit.SECONDS).compareTo(d.startedAt()) != 0) {
            errors.add(new FieldViolation("startedAt", "livestream.error.whole-seconds"));
        }
        else if (d.startedAt().isAfter(LocalDateTime.now(Sql.ZONE))) {
            errors.add(new FieldViolation("startedAt", "livestream.error.date-in-future"));
        }
        if (d.endedAt() == null) {
            errors.add(new FieldViolation("endedAt", "livestream.error.ended-at-required"));
        }
        else if (d.endedAt().truncatedTo(ChronoUnit.SECONDS).compareTo(d.endedAt()) != 0) {
            errors.add(new FieldViolation("endedAt", "livestream.error.whole-seconds"));
        }
        else if (d.startedAt() != null && (!d.endedAt().isAfter(d.startedAt())
                || Duration.between(d.startedAt(), d.endedAt()).compareTo(Duration.ofHours(24)) > 0)) {
            errors.add(new FieldViolation("endedAt", "livestream.error.session-length"));
        }
    }

    private static void checkCount(String field, Long value, List<FieldViolation> errors) {
        if (value != null && value < 0) {
            errors.add(new FieldViolation(field, "livestream.error.negative"));
        }
    }

    private static void checkGmv(BigDecimal gmv, List<FieldViolation> errors) {
        if (gmv == null) {
            errors.add(new FieldViolation("gmv", "livestream.error.gmv-required"));
        }
        else if (gmv.signum() < 0) {
            errors.add(new FieldViolation("gmv", "livestream.error.negative"));
        }
        else if (gmv.stripTrailingZeros().scale() > 2) {
            errors.add(new FieldViolation("gmv", "livestream.error.gmv-cents"));
        }
        else if (gmv.compareTo(MAX_GMV) > 0) {
            errors.add(new FieldViolation("gmv", "livestream.error.gmv-too-large"));
        }
    }

    private static long value(Long count) {
        return count == null ? 0 : count;
    }
}
