package io.tongxin.livestream.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import io.tongxin.livestream.SessionData;

/**
 * The session form: a day with start and end times (an end before the start means the session ran
 * past midnight), the rest as in {@link SessionData}.
 */
public record SessionForm(Long streamerId, Long accountId, List<String> villageCodes, LocalDate day,
        LocalTime startsAt, LocalTime endsAt, Long peakViewers, Long totalViewers, Long orders, BigDecimal gmv,
        List<String> productCodes, String platformSessionId, String notes) {

    public SessionForm {
        villageCodes = villageCodes == null ? List.of() : villageCodes;
        productCodes = productCodes == null ? List.of() : productCodes;
    }

    static SessionForm blank(Long streamerId, List<String> villages) {
        return new SessionForm(streamerId, null, villages, LocalDate.now(Sql.ZONE), LocalTime.of(20, 0),
                LocalTime.of(22, 0), null, null, null, null, List.of(), null, null);
    }

    SessionData toData() {
        var start = day == null || startsAt == null ? null : day.atTime(startsAt);
        var end = day == null || endsAt == null ? null
                : endsAt.isAfter(startsAt == null ? LocalTime.MIN : startsAt) ? day.atTime(endsAt)
                : day.plusDays(1).atTime(endsAt);
        return new SessionData(streamerId, accountId, villageCodes, start, end, peakViewers, totalViewers, orders,
                gmv, productCodes, platformSessionId, notes);
    }

    boolean hasVillage(String code) {
        return villageCodes.contains(code);
    }

    boolean hasProduct(String code) {
        return productCodes.contains(code);
    }
}
