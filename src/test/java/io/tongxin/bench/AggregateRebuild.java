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
 * livestream_product_daily) from every session, set-based, with exactly the trigger's rules: the
 * Asia/Shanghai day of the start, whole seconds of the duration, figures under the first village,
 * each distinct represented village and each distinct product counted once per session, and only
 * groups that have sessions. Then checks the totals against the raw sessions.
 */
final class AggregateRebuild {

    private static final String DAY = "(s.started_at at time zone 'Asia/Shanghai')::date";

    private AggregateRebuild() {
    }

    static void rebuild(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement st = connection.createStatement()) {
            st.execute("set local work_mem = '256MB'");
            st.execute("lock table livestream_daily, livestream_village_day, livestream_product_daily in exclusive mode");
            st.execute("delete from livestream_daily");
            st.execute("delete from livestream_village_day");
            st.execute("delete from livestream_product_daily");
            st.execute("insert into livestream_daily (region_code, day, streamer_id, platform_code, sessions, seconds,"
                    + " viewers, orders, gmv) select s.region_code, " + DAY + ", s.streamer_id, s.platform_code,"
                    + " count(*), sum(extract(epoch from s.ended_at - s.started_at)::bigint), sum(s.total_viewers),"
                    + " sum(s.orders), sum(s.gmv) from livestream_session s group by 1, 2, 3, 4");
            st.execute("insert into livestream_village_day (village_code, day, sessions)"
                    + " select v.v, " + DAY + ", count(*) from livestream_session s"
                    + " cross join lateral (select distinct u as v from unnest(s.village_codes) u) v group by 1, 2");
            st.execute("insert into livestream_product_daily (region_code, day, product_code, sessions, gmv)"
                    + " select s.region_code, " + DAY + ", p.p, count(*), sum(s.gmv) from livestream_session s"
                    + " cross join lateral (select distinct u as p from unnest(s.product_codes) u) p group by 1, 2, 3");
            connection.commit();
        }
        catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
        finally {
            connection.setAutoCommit(true);
        }
        List<String> mismatches = check(connection);
        if (!mismatches.isEmpty()) {
            throw new IllegalStateException("Pre-aggregates differ from the raw sessions: " + mismatches);
        }
    }

    /** Every figure the aggregates hold, compared with the same sum over the raw sessions; empty when all agree. */
    static List<String> check(Connection connection) throws SQLException {
        List<String> mismatches = new ArrayList<>();
        compare(connection, mismatches, "daily",
                "select count(*), coalesce(sum(extract(epoch from ended_at - started_at)::bigint), 0),"
                        + " coalesce(sum(total_viewers), 0), coalesce(sum(orders), 0), coalesce(sum(gmv), 0)"
                        + " from livestream_session",
                "select coalesce(sum(sessions), 0), coalesce(sum(seconds), 0), coalesce(sum(viewers), 0),"
                        + " coalesce(sum(orders), 0), coalesce(sum(gmv), 0) from livestream_daily");
        compare(connection, mismatches, "village_day",
                "select coalesce(sum((select count(distinct u) from unnest(village_codes) u)), 0) from livestream_session",
                "select coalesce(sum(sessions), 0) from livestream_village_day");
        compare(connection, mismatches, "product_daily",
                "select coalesce(sum(n), 0), coalesce(sum(n * gmv), 0) from (select gmv,"
                        + " (select count(distinct u) from unnest(product_codes) u) as n from livestream_session) x",
                "select coalesce(sum(sessions), 0), coalesce(sum(gmv), 0) from livestream_product_daily");
        return mismatches;
    }

    private static void compare(Connection connection, List<String> mismatches, String name, String raw,
            String aggregated) throws SQLException {
        List<BigDecimal> expected = row(connection, raw);
        List<BigDecimal> actual = row(connection, aggregated);
        for (int i = 0; i < expected.size(); i++) {
            if (expected.get(i).compareTo(actual.get(i)) != 0) {
                mismatches.add(name + "[" + i + "]: raw " + expected.get(i) + " vs aggregate " + actual.get(i));
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
