package io.tongxin.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Recomputes the 村村播 pre-aggregates (V50's livestream_daily, livestream_village_day,
 * livestream_product_daily, V62's livestream_monthly and livestream_product_monthly, V65's
 * livestream_township_monthly, V66's livestream_village_last_day) from every session, set-based,
 * with exactly the trigger's rules: the Asia/Shanghai day (month) of the start, whole seconds of
 * the duration, figures under the first village (products by month, and the sessions by township,
 * month and platform, under its township, V64/V65), each distinct represented village and each
 * distinct product counted once per session, and only groups that have sessions; each village's
 * last day from the rebuilt village days (V66's trigger on livestream_village_day stays off, as in
 * V66's fill). The monthly tables are computed from the raw
 * sessions too, not from the daily ones, so that the check compares two independent sums. Then
 * checks the totals against the raw sessions.
 */
final class AggregateRebuild {

    private static final String DAY = "(s.started_at at time zone 'Asia/Shanghai')::date";
    private static final String MONTH = "date_trunc('month', s.started_at at time zone 'Asia/Shanghai')::date";
    /** The township of a session's first village: V64's grain of livestream_product_monthly. */
    private static final String TOWNSHIP = "rpad(left(s.region_code, 9), 12, '0')";
    private static final String TABLES = "livestream_daily, livestream_village_day, livestream_product_daily,"
            + " livestream_monthly, livestream_product_monthly, livestream_township_monthly, livestream_village_last_day";

    private AggregateRebuild() {
    }

    static void rebuild(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement st = connection.createStatement()) {
            st.execute("set local work_mem = '256MB'");
            // Only for this transaction: V66's row trigger on livestream_village_day would otherwise
            // fire for each of its millions of deleted and inserted rows; the last days are
            // recomputed set-based below instead.
            st.execute("set local session_replication_role = replica");
            st.execute("lock table " + TABLES + " in exclusive mode");
            for (String table : TABLES.split(", ")) {
                st.execute("delete from " + table);
            }
            // Each figure twice, by day and by month: {table, its period column, the period of a session}.
            String[][] sessionTables = {{"livestream_daily", "day", DAY}, {"livestream_monthly", "month", MONTH}};
            for (String[] table : sessionTables) {
                st.execute("insert into " + table[0] + " (region_code, " + table[1] + ", streamer_id, platform_code,"
                        + " sessions, seconds, viewers, orders, gmv) select s.region_code, " + table[2] + ","
                        + " s.streamer_id, s.platform_code, count(*),"
                        + " sum(extract(epoch from s.ended_at - s.started_at)::bigint), sum(s.total_viewers),"
                        + " sum(s.orders), sum(s.gmv) from livestream_session s group by 1, 2, 3, 4");
            }
            st.execute("insert into livestream_township_monthly (region_code, month, platform_code, sessions, seconds,"
                    + " viewers, orders, gmv) select " + TOWNSHIP + ", " + MONTH + ", s.platform_code, count(*),"
                    + " sum(extract(epoch from s.ended_at - s.started_at)::bigint), sum(s.total_viewers),"
                    + " sum(s.orders), sum(s.gmv) from livestream_session s group by 1, 2, 3");
            st.execute("insert into livestream_village_day (village_code, day, sessions)"
                    + " select v.v, " + DAY + ", count(*) from livestream_session s"
                    + " cross join lateral (select distinct u as v from unnest(s.village_codes) u) v group by 1, 2");
            st.execute("insert into livestream_village_last_day (village_code, last_day)"
                    + " select village_code, max(day) from livestream_village_day group by 1 order by 1");
            // {table, its region (village; township for the monthly one), its period column, the period}.
            String[][] productTables = {{"livestream_product_daily", "s.region_code", "day", DAY},
                {"livestream_product_monthly", TOWNSHIP, "month", MONTH}};
            for (String[] table : productTables) {
                st.execute("insert into " + table[0] + " (region_code, " + table[2] + ", product_code, sessions, gmv)"
                        + " select " + table[1] + ", " + table[3] + ", p.p, count(*), sum(s.gmv) from livestream_session s"
                        + " cross join lateral (select distinct u as p from unnest(s.product_codes) u) p"
                        + " group by 1, 2, 3");
            }
            connection.commit();
        }
        catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
        finally {
            connection.setAutoCommit(true);
        }
        try (Statement st = connection.createStatement()) {
            // The summaries read the monthly tables index-only: that needs the visibility map set.
            st.execute("vacuum analyze livestream_monthly, livestream_product_monthly, livestream_township_monthly,"
                    + " livestream_village_last_day");
        }
        List<String> mismatches = check(connection);
        if (!mismatches.isEmpty()) {
            throw new IllegalStateException("Pre-aggregates differ from the raw sessions: " + mismatches);
        }
    }

    /**
     * Every figure the aggregates hold, compared with the same sum over the raw sessions, and every
     * monthly group with its daily groups added up (a product month, a township month: its
     * township's villages' days);
     * empty when all agree.
     */
    static List<String> check(Connection connection) throws SQLException {
        List<String> mismatches = new ArrayList<>();
        List<BigDecimal> sessions = row(connection, "select count(*),"
                + " coalesce(sum(extract(epoch from ended_at - started_at)::bigint), 0), coalesce(sum(total_viewers), 0),"
                + " coalesce(sum(orders), 0), coalesce(sum(gmv), 0) from livestream_session");
        for (String table : List.of("livestream_daily", "livestream_monthly", "livestream_township_monthly")) {
            compare(mismatches, table, sessions, row(connection, "select coalesce(sum(sessions), 0),"
                    + " coalesce(sum(seconds), 0), coalesce(sum(viewers), 0), coalesce(sum(orders), 0),"
                    + " coalesce(sum(gmv), 0) from " + table));
        }
        compare(mismatches, "livestream_village_day", row(connection,
                "select coalesce(sum((select count(distinct u) from unnest(village_codes) u)), 0) from livestream_session"),
                row(connection, "select coalesce(sum(sessions), 0) from livestream_village_day"));
        List<BigDecimal> products = row(connection, "select coalesce(sum(n), 0), coalesce(sum(n * gmv), 0) from"
                + " (select gmv, (select count(distinct u) from unnest(product_codes) u) as n from livestream_session) x");
        for (String table : List.of("livestream_product_daily", "livestream_product_monthly")) {
            compare(mismatches, table, products,
                    row(connection, "select coalesce(sum(sessions), 0), coalesce(sum(gmv), 0) from " + table));
        }
        compare(mismatches, "livestream_monthly groups", List.of(BigDecimal.ZERO), row(connection, """
                select count(*) from (select region_code, date_trunc('month', day::timestamp)::date as month, streamer_id,
                       platform_code, sum(sessions) as sessions, sum(seconds) as seconds, sum(viewers) as viewers,
                       sum(orders) as orders, sum(gmv) as gmv from livestream_daily group by 1, 2, 3, 4) d
                  full join livestream_monthly m using (region_code, month, streamer_id, platform_code)
                 where row(d.sessions, d.seconds, d.viewers, d.orders, d.gmv)
                       is distinct from row(m.sessions, m.seconds, m.viewers, m.orders, m.gmv)"""));
        compare(mismatches, "livestream_township_monthly groups", List.of(BigDecimal.ZERO), row(connection, """
                select count(*) from (select rpad(left(region_code, 9), 12, '0') as region_code,
                       date_trunc('month', day::timestamp)::date as month, platform_code, sum(sessions) as sessions,
                       sum(seconds) as seconds, sum(viewers) as viewers, sum(orders) as orders, sum(gmv) as gmv
                  from livestream_daily group by 1, 2, 3) d
                  full join livestream_township_monthly m using (region_code, month, platform_code)
                 where row(d.sessions, d.seconds, d.viewers, d.orders, d.gmv)
                       is distinct from row(m.sessions, m.seconds, m.viewers, m.orders, m.gmv)"""));
        // Each village's last day, against the raw sessions (not the village days it was rebuilt from).
        compare(mismatches, "livestream_village_last_day groups", List.of(BigDecimal.ZERO), row(connection, """
                select count(*) from (select v as village_code, max((started_at at time zone 'Asia/Shanghai')::date)
                       as last_day from livestream_session, unnest(village_codes) v group by 1) r
                  full join livestream_village_last_day l using (village_code)
                 where r.last_day is distinct from l.last_day"""));
        compare(mismatches, "livestream_product_monthly groups", List.of(BigDecimal.ZERO), row(connection, """
                select count(*) from (select rpad(left(region_code, 9), 12, '0') as region_code,
                       date_trunc('month', day::timestamp)::date as month, product_code,
                       sum(sessions) as sessions, sum(gmv) as gmv from livestream_product_daily group by 1, 2, 3) d
                  full join livestream_product_monthly m using (region_code, month, product_code)
                 where row(d.sessions, d.gmv) is distinct from row(m.sessions, m.gmv)"""));
        return mismatches;
    }

    private static void compare(List<String> mismatches, String name, List<BigDecimal> expected,
            List<BigDecimal> actual) {
        for (int i = 0; i < expected.size(); i++) {
            if (expected.get(i).compareTo(actual.get(i)) != 0) {
                mismatches.add(name + "[" + i + "]: expected " + expected.get(i) + " vs " + actual.get(i));
            }
        }
    }

    private static List<BigDecimal> row(Connection connection, String sql) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            List<BigDecimal> values = new ArrayList<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                values.add(rs.getBigDecimal(i));
            }
            return values;
        }
    }
}
