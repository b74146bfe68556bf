package io.tongxin.livestream.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.tongxin.region.RegionCode;
import io.tongxin.region.RegionLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The programme's figures, from the pre-aggregates (never the raw sessions) and the region table.
 * Sums over a day range read the monthly tables for its whole months and the daily ones only for
 * the partial months at its edges ({@link AggregateSource}): a year reads at most twelve rows per
 * group instead of up to 365.
 * Groupings by sub-region cut the 12-digit code after the child level's significant digits, so
 * the groups of a region partition it exactly: the parts always add up to the whole.
 * Figures that need neither the village nor the streamer (totals, by child region down to
 * townships, by month, by platform) read the township-grain sessions ({@link #byTownship}): a
 * city's year is a few rows per township and month instead of one per village and streamer.
 */
@Repository
class FigureRepository {

    /** Earliest and latest day when the caller gives none: every day the tables can hold. */
    static final LocalDate BEGINNING = LocalDate.of(2000, 1, 1);
    static final LocalDate END = LocalDate.of(2999, 12, 31);

    private static final String SUMS = """
            coalesce(sum(sessions), 0) as sessions, coalesce(sum(seconds), 0) as seconds,
            coalesce(sum(viewers), 0) as viewers, coalesce(sum(orders), 0) as orders, coalesce(sum(gmv), 0) as gmv""";

    /**
     * Villages represented in a session on a day of [since, asOf], by child region, from each
     * village's last session day (V66): certainly active when that day lies in the window; when it
     * lies after asOf (only for an asOf before the newest data), active if a day of the window is
     * in livestream_village_day, so that only those villages are probed. A village whose last day
     * is before the window has no day in it. Exact because every village with a session has its
     * last day, whatever the region table or enrolment say.
     */
    static final String ACTIVE_VILLAGES = """
            select rpad(left(a.village_code, :digits), 12, '0') as k, count(*) as n from (
              select l.village_code from livestream_village_last_day l
               where l.last_day between :since and :asOf and l.village_code between :low and :high
              union all
              select l.village_code from livestream_village_last_day l
               where l.last_day > :asOf and l.village_code between :low and :high
                 and exists (select 1 from livestream_village_day d
                              where d.village_code = l.village_code and d.day between :since and :asOf)
            ) a group by 1""";

    private final JdbcClient jdbc;

    FigureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Totals totals(RegionCode region, LocalDate from, LocalDate to, Long streamer) {
        AggregateSource source = streamer == null ? byTownship(region, from, to) : sessions(region, from, to, streamer);
        return select(SUMS, source, "").param("streamer", streamer)
            .query(FigureRepository::totals).single();
    }

    /**
     * How many sessions the range holds (every day when from or to is null), of one streamer and
     * one platform when given: the sessions list's total, from the pre-aggregates (a city's
     * count(*) over the raw sessions took 0.7 s at 10M).
     */
    long sessionCount(RegionCode region, LocalDate from, LocalDate to, Long streamer, String platform) {
        List<String> conditions = new ArrayList<>();
        if (streamer != null) {
            conditions.add("streamer_id = :streamer");
        }
        if (platform != null) {
            conditions.add("platform_code = :platform");
        }
        AggregateSource.Kind kind = streamer == null && region.level() != RegionLevel.VILLAGE
                ? AggregateSource.Kind.SESSIONS_BY_TOWNSHIP : AggregateSource.Kind.SESSIONS;
        AggregateSource source = AggregateSource.of(kind, region, from == null ? BEGINNING : from,
                to == null ? END : to, conditions.isEmpty() ? null : String.join(" and ", conditions));
        return select("coalesce(sum(sessions), 0)", source, "").param("streamer", streamer).param("platform", platform)
            .query(Long.class).single();
    }

    /** Totals per child region (12-digit code of the child), for children with {@code digits} significant digits. */
    Map<String, Totals> totalsByChild(RegionCode region, int digits, LocalDate from, LocalDate to) {
        Map<String, Totals> result = new LinkedHashMap<>();
        // Children finer than townships (villages) are not in the township-grain table.
        AggregateSource source = digits <= RegionLevel.TOWNSHIP.significantDigits() ? byTownship(region, from, to)
                : sessions(region, from, to, null);
        select("rpad(left(region_code, :digits), 12, '0') as k, " + SUMS, source, "group by 1 order by 1")
            .param("digits", digits)
            .query((ResultSet rs) -> {
                result.put(rs.getString("k"), totals(rs, 0));
            });
        return result;
    }

    /** Per month (first day of the month), oldest first; months without sessions left out. */
    Map<LocalDate, Totals> byMonth(RegionCode region, LocalDate from, LocalDate to, Long streamer) {
        Map<LocalDate, Totals> result = new LinkedHashMap<>();
        AggregateSource source = streamer == null ? byTownship(region, from, to) : sessions(region, from, to, streamer);
        select("month as k, " + SUMS, source, "group by 1 order by 1")
            .param("streamer", streamer)
            .query((ResultSet rs) -> {
                result.put(rs.getObject("k", LocalDate.class), totals(rs, 0));
            });
        return result;
    }

    List<Named> byPlatform(RegionCode region, LocalDate from, LocalDate to) {
        return select("platform_code as k, platform_code as label, " + SUMS, byTownship(region, from, to),
                "group by 1 order by gmv desc, 1")
            .query(FigureRepository::named).list();
    }

    List<Named> topStreamers(RegionCode region, LocalDate from, LocalDate to, int limit) {
        return select("f.streamer_id as k, min(s.name) as label, " + SUMS.replace("sum(", "sum(f."),
                sessions(region, from, to, null), "join livestream_streamer s on s.member_id = f.streamer_id"
                        + " group by 1 order by gmv desc, sessions desc, 1 limit :limit")
            .param("limit", limit).query(FigureRepository::named).list();
    }

    List<Named> topVillages(RegionCode region, LocalDate from, LocalDate to, int limit) {
        return select("region_code as k, region_code as label, " + SUMS, sessions(region, from, to, null),
                "group by 1 order by gmv desc, sessions desc, 1 limit :limit")
            .param("limit", limit).query(FigureRepository::named).list();
    }

    /**
     * Sessions and GMV per product; a session selling several products counts under each. The
     * monthly product table is at township grain: a village's range is read from the daily table.
     */
    List<Named> topProducts(RegionCode region, LocalDate from, LocalDate to, int limit) {
        return select("""
                product_code as k, product_code as label, sum(sessions) as sessions, 0 as seconds, 0 as viewers,
                0 as orders, sum(gmv) as gmv""",
                AggregateSource.of(AggregateSource.Kind.PRODUCTS, region, from, to, null),
                "group by 1 order by gmv desc, sessions desc, 1 limit :limit")
            .param("limit", limit).query(FigureRepository::named).list();
    }

    Coverage coverage(RegionCode region, LocalDate asOf) {
        return coverageByChild(region, 12, asOf).values().stream().reduce(Coverage.ZERO, Coverage::plus);
    }

    /** Coverage per child region (or per village with 12 digits). */
    Map<String, Coverage> coverageByChild(RegionCode region, int digits, LocalDate asOf) {
        Map<String, Object> params = new HashMap<>(Sql.subtree(region));
        params.put("digits", digits);
        params.put("asOf", asOf);
        params.put("since", asOf.minusDays(29));
        Map<String, long[]> counts = new LinkedHashMap<>();
        collect(counts, 0, "select rpad(left(code, :digits), 12, '0') as k, count(*) as n from region"
                + " where level = 5 and code between :low and :high group by 1", params);
        // Enrolled, demonstration and unserved villages in one pass over the enrolled villages. The
        // open assignments are read for the region only: hashing the province's to answer for one
        // city was 6 of a city summary's 20 ms.
        jdbc.sql("""
                select rpad(left(v.village_code, :digits), 12, '0') as k, count(*) as enrolled,
                       count(*) filter (where v.demonstration) as demonstration,
                       count(*) filter (where served.village_code is null) as unserved
                  from livestream_village v
                  left join (select distinct village_code from livestream_assignment
                              where ended_on is null and village_code between :low and :high) served
                         on served.village_code = v.village_code
                 where v.village_code between :low and :high and v.enrolled_on <= :asOf
                 group by 1""").params(params).query((ResultSet rs) -> {
                     long[] n = counts.computeIfAbsent(rs.getString("k"), k -> new long[5]);
                     n[1] = rs.getLong("enrolled");
                     n[3] = rs.getLong("demonstration");
                     n[4] = rs.getLong("unserved");
                 });
        collect(counts, 2, ACTIVE_VILLAGES, params);
        Map<String, Coverage> result = new LinkedHashMap<>();
        counts.forEach((k, n) -> result.put(k, new Coverage(n[0], n[1], n[2], n[3], n[4])));
        return result;
    }

    /** Raw sums over the sessions themselves: only for checking that the pre-aggregates agree. */
    Totals rawTotals(RegionCode region, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select count(*) as sessions, coalesce(sum(extract(epoch from ended_at - started_at)::bigint), 0) as seconds,
                       coalesce(sum(total_viewers), 0) as viewers, coalesce(sum(orders), 0) as orders,
                       coalesce(sum(gmv), 0) as gmv
                  from livestream_session where region_code between :low and :high
                   and started_at >= :fromInstant and started_at < :toInstant""")
            .params(Sql.subtree(region))
            .param("fromInstant", from.atStartOfDay(Sql.ZONE).toOffsetDateTime())
            .param("toInstant", to.plusDays(1).atStartOfDay(Sql.ZONE).toOffsetDateTime())
            .query(FigureRepository::totals).single();
    }

    private void collect(Map<String, long[]> counts, int index, String sql, Map<String, Object> params) {
        jdbc.sql(sql).params(params).query((ResultSet rs) -> {
            counts.computeIfAbsent(rs.getString("k"), k -> new long[5])[index] = rs.getLong("n");
        });
    }

    /** {@code select <columns> from <source> f <rest>}, with the source's parameters bound. */
    private JdbcClient.StatementSpec select(String columns, AggregateSource source, String rest) {
        return jdbc.sql("select " + columns + " from " + source.sql() + " f " + rest).params(source.params());
    }

    /** The session pre-aggregates of the range, of one streamer if {@code streamer} is not null. */
    private static AggregateSource sessions(RegionCode region, LocalDate from, LocalDate to, Long streamer) {
        return AggregateSource.of(AggregateSource.Kind.SESSIONS, region, from, to,
                streamer == null ? null : "streamer_id = :streamer");
    }

    /**
     * The session pre-aggregates of the range without village or streamer: the township-grain
     * monthly table for a township or above; for a village, which that table does not resolve,
     * the village-grain one (its whole months from livestream_monthly, not a year of daily rows).
     */
    private static AggregateSource byTownship(RegionCode region, LocalDate from, LocalDate to) {
        return region.level() == RegionLevel.VILLAGE ? sessions(region, from, to, null)
                : AggregateSource.of(AggregateSource.Kind.SESSIONS_BY_TOWNSHIP, region, from, to, null);
    }

    private static Totals totals(ResultSet rs, int row) throws SQLException {
        BigDecimal gmv = rs.getBigDecimal("gmv");
        return new Totals(rs.getLong("sessions"), rs.getLong("seconds"), rs.getLong("viewers"), rs.getLong("orders"),
                gmv);
    }

    private static Named named(ResultSet rs, int row) throws SQLException {
        return new Named(rs.getString("k"), rs.getString("label"), totals(rs, row));
    }

    /** A group's key (a code or id), a label to resolve, and its totals. */
    record Named(String key, String label, Totals totals) {
    }
}
