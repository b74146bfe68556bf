package io.tongxin.livestream;

import static io.tongxin.security.SecurityFixtures.HUANXIAN;
import static io.tongxin.security.SecurityFixtures.QINGYANG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.tongxin.livestream.LivestreamFixtures.Streamer;
import io.tongxin.livestream.internal.LivestreamFigures;
import io.tongxin.livestream.internal.Summary;
import io.tongxin.livestream.internal.Totals;
import io.tongxin.security.SecurityFixtures;
import io.tongxin.shared.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rule every figure obeys: the pre-aggregates equal the sums over the raw sessions after any
 * mix of inserts, updates (also across months, villages and partitions) and deletes; a city's
 * totals equal the sum over its counties and the sum of the sessions its user can see.
 */
@SpringBootTest
@ActiveProfiles("test")
class LivestreamReconciliationTests {

    static final String HUANXIAN_VILLAGE = "621022104201";
    static final String HUANXIAN_VILLAGE_2 = "621022100200";
    static final String XIFENG_VILLAGE = "621002100201";
    static final String XIFENG = "621002000000";

    @Autowired
    LivestreamFixtures fixtures;

    @Autowired
    SecurityFixtures users;

    @Autowired
    LivestreamSessions sessions;

    @Autowired
    LivestreamFigures figures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    static String cityUser;
    static String countyUser;

    @BeforeEach
    void setUp() {
        if (cityUser == null) {
            cityUser = users.user(QINGYANG, "CITY_ADMIN");
            countyUser = users.user(HUANXIAN, "COUNTY_ADMIN");
            fixtures.asUser(cityUser, () -> {
                fixtures.enrol(HUANXIAN_VILLAGE);
                fixtures.enrol(HUANXIAN_VILLAGE_2);
                fixtures.enrol(XIFENG_VILLAGE);
                return null;
            });
        }
    }

    @Test
    void thePreAggregatesEqualTheRawSessionsAfterInsertsUpdatesAndDeletes() {
        fixtures.asUser(cityUser, () -> {
            Streamer a = fixtures.streamer("黄丽萍", HUANXIAN_VILLAGE);
            Streamer b = fixtures.streamer("慕春燕", XIFENG_VILLAGE);
            Session first = fixtures.session(a, HUANXIAN_VILLAGE, LocalDate.of(2025, 1, 31), "1280.50");
            Session second = fixtures.session(a, HUANXIAN_VILLAGE, LocalDate.of(2025, 1, 31), "99.99");
            Session third = fixtures.session(b, XIFENG_VILLAGE, LocalDate.of(2025, 2, 1), "0.01");
            fixtures.session(b, XIFENG_VILLAGE, LocalDate.of(2025, 2, 1), "35000.00");
            assertReconciled();

            // Moved to another month (another partition), another village and more villages.
            SessionData moved = new SessionData(a.id(), a.accountId(), List.of(HUANXIAN_VILLAGE_2, HUANXIAN_VILLAGE),
                    LocalDate.of(2025, 3, 2).atTime(20, 0), LocalDate.of(2025, 3, 2).atTime(22, 30), 80L, 900L, 3L,
                    new BigDecimal("456.78"), List.of("MUTTON"), null, null);
            sessions.update(first.id(), moved, first.version());
            assertThat(jdbc.sql("select tableoid::regclass::text from livestream_session where id = :id")
                .param("id", first.id()).query(String.class).single()).isEqualTo("livestream_session_y2025m03");
            assertReconciled();

            // Moved to another streamer and platform (the trigger's move, whoever updates the row), and
            // back across the year's edge; a month group it leaves empty must go.
            String township = township(HUANXIAN_VILLAGE_2);
            long leftBefore = townshipSessions(township, "2025-03-01", "DOUYIN");
            long cameBefore = townshipSessions(township, "2024-12-01", "KUAISHOU");
            jdbc.sql("""
                    update livestream_session set streamer_id = :streamer, platform_code = 'KUAISHOU',
                           started_at = timestamptz '2024-12-31 23:59:59+08', ended_at = timestamptz '2025-01-01 00:30:00+08',
                           gmv = gmv + 0.01, product_codes = '{APPLE,APPLE,HONEY}'
                     where id = :id""").param("streamer", b.id()).param("id", first.id()).update();
            assertThat(monthlyGroups(a.id(), "2025-03-01")).as("the month the session left").isZero();
            assertThat(monthlyGroups(b.id(), "2024-12-01")).as("the month it came to").isEqualTo(1);
            assertThat(townshipSessions(township, "2025-03-01", "DOUYIN")).as("the township month the session left")
                .isEqualTo(leftBefore - 1);
            assertThat(townshipSessions(township, "2024-12-01", "KUAISHOU")).as("the township month it came to")
                .isEqualTo(cameBefore + 1);
            assertReconciled();

            sessions.delete(second.id());
            sessions.delete(third.id());
            assertReconciled();
            for (String table : List.of("livestream_daily", "livestream_monthly", "livestream_product_daily",
                    "livestream_product_monthly", "livestream_village_day", "livestream_township_monthly")) {
                assertThat(jdbc.sql("select count(*) from " + table + " where sessions = 0").query(Long.class).single())
                    .as("emptied groups are removed from " + table).isZero();
            }
            return null;
        });
    }

    /** A missing monthly group means the figures have drifted: removing the session fails and changes nothing. */
    @Test
    void removingASessionWhoseMonthlyGroupIsMissingFailsLoudly() {
        Session session = fixtures.asUser(cityUser, () -> fixtures.session(
                fixtures.streamer("任春梅", HUANXIAN_VILLAGE), HUANXIAN_VILLAGE, LocalDate.of(2025, 4, 9), "12.34"));
        // livestream_monthly is keyed by village, livestream_product_monthly (V64) and
        // livestream_township_monthly (V65) by township.
        Map<String, String> groups = Map.of("livestream_monthly", HUANXIAN_VILLAGE,
                "livestream_product_monthly", township(HUANXIAN_VILLAGE),
                "livestream_township_monthly", township(HUANXIAN_VILLAGE));
        for (String table : groups.keySet()) {
            assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(tx -> {
                assertThat(jdbc.sql("delete from " + table + " where region_code = :region and month = date '2025-04-01'")
                    .param("region", groups.get(table)).update()).as(table).isPositive();
                jdbc.sql("delete from livestream_session where id = :id").param("id", session.id()).update();
            })).as(table).rootCause().hasMessageContaining("out of step with session " + session.id());
        }
        assertThat(jdbc.sql("select count(*) from livestream_session where id = :id").param("id", session.id())
            .query(Long.class).single()).isEqualTo(1L);
        assertReconciled();
    }

    @Test
    void aCitysTotalsAreTheSumOverItsCountiesAndOverTheSessionsItsUserSees() {
        fixtures.asUser(cityUser, () -> {
            Streamer a = fixtures.streamer("郭秀兰", HUANXIAN_VILLAGE);
            Streamer b = fixtures.streamer("何晓东", XIFENG_VILLAGE);
            fixtures.session(a, HUANXIAN_VILLAGE, LocalDate.of(2025, 5, 20), "1999.90");
            fixtures.session(b, XIFENG_VILLAGE, LocalDate.of(2025, 5, 21), "888.88");
            return null;
        });
        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate to = LocalDate.of(2025, 12, 31);
        fixtures.asUser(cityUser, () -> {
            Summary city = figures.summary(null, from, to);
            List<LivestreamFigures.Row> counties = figures.byChildRegion(null, from, to);
            Totals sum = counties.stream().map(LivestreamFigures.Row::totals).reduce(Totals.ZERO, Totals::plus);
            assertThat(city.regionCode()).isEqualTo(QINGYANG);
            assertThat(city.sessions()).isPositive().isEqualTo(sum.sessions());
            assertThat(city.gmv()).isEqualByComparingTo(sum.gmv());
            assertThat(city.orders()).isEqualTo(sum.orders());
            assertThat(city.viewers()).isEqualTo(sum.viewers());
            assertThat(city.hours()).isEqualByComparingTo(sum.hours());
            assertThat(city.villagesTotal()).isEqualTo(counties.stream().mapToLong(r -> r.coverage().villagesTotal()).sum());
            assertThat(city.villagesEnrolled()).isEqualTo(counties.stream().mapToLong(r -> r.coverage().villagesEnrolled()).sum());

            // Each county's own summary adds up as well.
            Summary huanxian = figures.summary(HUANXIAN, from, to);
            Summary xifeng = figures.summary(XIFENG, from, to);
            Totals countySum = counties.stream().filter(r -> r.code().equals(HUANXIAN) || r.code().equals(XIFENG))
                .map(LivestreamFigures.Row::totals).reduce(Totals.ZERO, Totals::plus);
            assertThat(huanxian.gmv().add(xifeng.gmv())).isEqualByComparingTo(countySum.gmv());

            // And the sum over the raw sessions the city user can see.
            List<Session> visible = allSessions(from, to);
            assertThat((long) visible.size()).isEqualTo(city.sessions());
            assertThat(visible.stream().map(Session::gmv).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(city.gmv());
            assertThat(visible.stream().mapToLong(Session::orders).sum()).isEqualTo(city.orders());
            return null;
        });
        fixtures.asUser(countyUser, () -> {
            Summary own = figures.summary(null, from, to);
            assertThat(own.regionCode()).isEqualTo(HUANXIAN);
            List<Session> visible = allSessions(from, to);
            assertThat(visible).allMatch(s -> s.regionCode().startsWith("621022"));
            assertThat(visible.stream().map(Session::gmv).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(own.gmv());
            assertThatThrownBy(() -> figures.summary(QINGYANG, from, to)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> figures.summary(XIFENG, from, to)).isInstanceOf(NotFoundException.class);
            return null;
        });
    }

    @Test
    void yuanAddUpExactly() {
        fixtures.asUser(cityUser, () -> {
            Streamer s = fixtures.streamer("田玉兰", HUANXIAN_VILLAGE);
            LocalDate day = LocalDate.of(2024, 6, 18);
            fixtures.session(s, HUANXIAN_VILLAGE, day, "0.10");
            fixtures.session(s, HUANXIAN_VILLAGE, day, "0.20");
            Totals small = figures.totalsOf(s.id());
            assertThat(small.gmv()).isEqualTo(new BigDecimal("0.30"));
            assertThat(small.gmv().toPlainString()).isEqualTo("0.30");
            assertThat(0.1 + 0.2).as("what a double would have said").isNotEqualTo(0.3);

            Streamer big = fixtures.streamer("冯志强", HUANXIAN_VILLAGE);
            for (int i = 0; i < 3; i++) {
                fixtures.session(big, HUANXIAN_VILLAGE, day.plusDays(i), "999999999999.99");
            }
            assertThat(figures.totalsOf(big.id()).gmv().toPlainString()).isEqualTo("2999999999999.97");
            return null;
        });
    }

    /** Every session the signed-in user can see in the period, page by page. */
    private List<Session> allSessions(LocalDate from, LocalDate to) {
        List<Session> all = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            var result = sessions.list(new SessionQuery(null, null, null, from, to, page, SessionQuery.MAX_SIZE));
            all.addAll(result.content());
            if (result.content().size() < SessionQuery.MAX_SIZE) {
                return all;
            }
        }
    }

    private long monthlyGroups(long streamer, String month) {
        return jdbc.sql("select count(*) from livestream_monthly where streamer_id = :s and month = cast(:m as date)")
            .param("s", streamer).param("m", month).query(Long.class).single();
    }

    /** The sessions of a township's month on a platform in livestream_township_monthly (0 without a group). */
    private long townshipSessions(String township, String month, String platform) {
        return jdbc.sql("select coalesce(sum(sessions), 0) from livestream_township_monthly where region_code = :t"
                + " and month = cast(:m as date) and platform_code = :p")
            .param("t", township).param("m", month).param("p", platform).query(Long.class).single();
    }

    /** Every group of every pre-aggregate equals the same group summed over the raw sessions. */
    private void assertReconciled() {
        assertThat(jdbc.sql("""
                with raw as (
                  select region_code, (started_at at time zone 'Asia/Shanghai')::date as day, streamer_id, platform_code,
                         count(*) as sessions, sum(extract(epoch from ended_at - started_at)::bigint) as seconds,
                         sum(total_viewers) as viewers, sum(orders) as orders, sum(gmv) as gmv
                    from livestream_session group by 1, 2, 3, 4)
                select count(*) from raw full join livestream_daily d using (region_code, day, streamer_id, platform_code)
                 where raw.sessions is distinct from d.sessions or raw.seconds is distinct from d.seconds
                    or raw.viewers is distinct from d.viewers or raw.orders is distinct from d.orders
                    or raw.gmv is distinct from d.gmv""").query(Long.class).single())
            .as("daily totals differing from the raw sessions").isZero();
        assertThat(jdbc.sql("""
                with raw as (
                  select v as village_code, (started_at at time zone 'Asia/Shanghai')::date as day, count(*) as sessions
                    from livestream_session, lateral (select distinct v from unnest(village_codes) v) v group by 1, 2)
                select count(*) from raw full join livestream_village_day d using (village_code, day)
                 where raw.sessions is distinct from d.sessions""").query(Long.class).single())
            .as("village days differing from the raw sessions").isZero();
        assertThat(jdbc.sql("""
                with raw as (
                  select region_code, (started_at at time zone 'Asia/Shanghai')::date as day, p as product_code,
                         count(*) as sessions, sum(gmv) as gmv
                    from livestream_session, lateral (select distinct p from unnest(product_codes) p) p group by 1, 2, 3)
                select count(*) from raw full join livestream_product_daily d using (region_code, day, product_code)
                 where raw.sessions is distinct from d.sessions or raw.gmv is distinct from d.gmv""")
            .query(Long.class).single())
            .as("product days differing from the raw sessions").isZero();
        assertThat(jdbc.sql("""
                with raw as (
                  select region_code, cast(date_trunc('month', started_at at time zone 'Asia/Shanghai') as date) as month,
                         streamer_id, platform_code, count(*) as sessions,
                         sum(extract(epoch from ended_at - started_at)::bigint) as seconds, sum(total_viewers) as viewers,
                         sum(orders) as orders, sum(gmv) as gmv
                    from livestream_session group by 1, 2, 3, 4)
                select count(*) from raw full join livestream_monthly m using (region_code, month, streamer_id, platform_code)
                 where raw.sessions is distinct from m.sessions or raw.seconds is distinct from m.seconds
                    or raw.viewers is distinct from m.viewers or raw.orders is distinct from m.orders
                    or raw.gmv is distinct from m.gmv""").query(Long.class).single())
            .as("monthly totals differing from the raw sessions").isZero();
        assertThat(jdbc.sql("""
                with raw as (
                  select rpad(left(region_code, 9), 12, '0') as region_code,
                         cast(date_trunc('month', started_at at time zone 'Asia/Shanghai') as date) as month,
                         p as product_code, count(*) as sessions, sum(gmv) as gmv
                    from livestream_session, lateral (select distinct p from unnest(product_codes) p) p group by 1, 2, 3)
                select count(*) from raw full join livestream_product_monthly m using (region_code, month, product_code)
                 where raw.sessions is distinct from m.sessions or raw.gmv is distinct from m.gmv""")
            .query(Long.class).single())
            .as("product months (by township) differing from the raw sessions").isZero();
        assertThat(jdbc.sql("""
                with raw as (
                  select rpad(left(region_code, 9), 12, '0') as region_code,
                         cast(date_trunc('month', started_at at time zone 'Asia/Shanghai') as date) as month,
                         platform_code, count(*) as sessions,
                         sum(extract(epoch from ended_at - started_at)::bigint) as seconds, sum(total_viewers) as viewers,
                         sum(orders) as orders, sum(gmv) as gmv
                    from livestream_session group by 1, 2, 3)
                select count(*) from raw full join livestream_township_monthly m using (region_code, month, platform_code)
                 where raw.sessions is distinct from m.sessions or raw.seconds is distinct from m.seconds
                    or raw.viewers is distinct from m.viewers or raw.orders is distinct from m.orders
                    or raw.gmv is distinct from m.gmv""").query(Long.class).single())
            .as("township months differing from the raw sessions").isZero();
    }

    /** The 12-digit code of a village's township: the grain of livestream_product_monthly and livestream_township_monthly. */
    private static String township(String village) {
        return village.substring(0, 9) + "000";
    }
}
