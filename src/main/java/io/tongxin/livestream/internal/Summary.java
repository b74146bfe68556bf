package io.tongxin.livestream.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The programme in a region over a period: coverage (as of {@code to}) and session results.
 * {@code gmv} is exact yuan; {@code hours} is rounded to one decimal.
 */
public record Summary(String regionCode, LocalDate from, LocalDate to, long villagesTotal, long villagesEnrolled,
        long villagesActive, long demonstrationSites, long villagesWithoutStreamer, long sessions, BigDecimal hours,
        long viewers, long orders, BigDecimal gmv) {

    static Summary of(String regionCode, LocalDate from, LocalDate to, Coverage c, Totals t) {
        return new Summary(regionCode, from, to, c.villagesTotal(), c.villagesEnrolled(), c.villagesActive(),
                c.demonstrationSites(), c.villagesWithoutStreamer(), t.sessions(), t.hours(), t.viewers(), t.orders(),
                t.gmv());
    }
}
