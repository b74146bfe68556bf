package io.tongxin.livestream.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.tongxin.region.RegionCode;
import io.tongxin.region.RegionLevel;

/**
 * The pre-aggregated rows of a region's subtree over the days [from, to] (both included), as a
 * parenthesised {@code union all} for a from clause: the monthly table for the whole months inside
 * the range and the daily table only for the partial months at its edges. A range of whole months
 * (a year, all time) reads only the monthly table; a range inside one month only the daily one, and
 * so does any range of a region finer than the monthly table's grain (a village's products, a
 * village's sessions by township).
 * Every row has the same columns whichever table it comes from, {@code month} (its first day)
 * included, so that a figure's query is written once over the union.
 *
 * @param sql    {@code (select ... union all select ...)}, to be given an alias
 * @param params its named parameters
 */
record AggregateSource(String sql, Map<String, Object> params) {

    /** A pair of pre-aggregates, daily and monthly, and the columns both have besides the day or month. */
    enum Kind {
        SESSIONS("livestream_daily", "livestream_monthly",
                "region_code, streamer_id, platform_code, sessions, seconds, viewers, orders, gmv", RegionLevel.VILLAGE),
        /**
         * The monthly product table is keyed by township (V64): its region_code is the township's
         * code, so a region from a township up is still one code range of it, but a village is not
         * in it at all. A village reads the daily table, still at village grain, for the whole range.
         */
        PRODUCTS("livestream_product_daily", "livestream_product_monthly", "region_code, product_code, sessions, gmv",
                RegionLevel.TOWNSHIP),
        /**
         * The session figures without the village and the streamer: the monthly table (V65) is
         * keyed by township, month and platform, a few rows per township and month where
         * livestream_monthly has one per village and streamer. For totals, by child region down
         * to townships, by month and by platform. A village is not in its monthly table: it reads
         * the daily table for the whole range (callers rather use {@link #SESSIONS} for villages).
         */
        SESSIONS_BY_TOWNSHIP("livestream_daily", "livestream_township_monthly",
                "region_code, platform_code, sessions, seconds, viewers, orders, gmv", RegionLevel.TOWNSHIP);

        private final String daily;
        private final String monthly;
        private final String columns;
        /** The finest region the monthly table's region_code resolves. */
        private final RegionLevel monthlyGrain;

        Kind(String daily, String monthly, String columns, RegionLevel monthlyGrain) {
            this.daily = daily;
            this.monthly = monthly;
            this.columns = columns;
            this.monthlyGrain = monthlyGrain;
        }

        /** True when the region's subtree is a code range of the monthly table. */
        boolean monthlyResolves(RegionCode region) {
            return region.level().significantDigits() <= monthlyGrain.significantDigits();
        }
    }

    /**
     * @param condition an extra condition on the common columns (named parameters bound by the
     *                  caller), or null; not on region_code, which is a township's code in the
     *                  monthly rows of the township-grain kinds
     */
    static AggregateSource of(Kind kind, RegionCode region, LocalDate from, LocalDate to, String condition) {
        // The whole months are [firstMonth, afterLastMonth): from the first month starting on or
        // after from, up to the month of the day after to (exclusive).
        LocalDate firstMonth = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate afterLastMonth = to.plusDays(1).withDayOfMonth(1);
        String where = " where region_code between :low and :high and "
                + (condition == null ? "" : condition + " and ");
        String daily = "select cast(date_trunc('month', cast(day as timestamp)) as date) as month, " + kind.columns
                + " from " + kind.daily + where;
        List<String> parts = new ArrayList<>();
        if (firstMonth.isBefore(afterLastMonth) && kind.monthlyResolves(region)) {
            parts.add("select month, " + kind.columns + " from " + kind.monthly + where
                    + "month >= :firstMonth and month < :afterLastMonth");
            if (from.isBefore(firstMonth)) {
                parts.add(daily + "day >= :from and day < :firstMonth");
            }
            if (!afterLastMonth.isAfter(to)) {
                parts.add(daily + "day >= :afterLastMonth and day <= :to");
            }
        }
        else {
            parts.add(daily + "day between :from and :to");
        }
        Map<String, Object> params = new HashMap<>(Sql.subtree(region));
        params.put("from", from);
        params.put("to", to);
        params.put("firstMonth", firstMonth);
        params.put("afterLastMonth", afterLastMonth);
        return new AggregateSource("(" + String.join(" union all ", parts) + ")", params);
    }
}
