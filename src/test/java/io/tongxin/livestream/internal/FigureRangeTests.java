package io.tongxin.livestream.internal;

import static io.tongxin.security.SecurityFixtures.HUANXIAN;
import static io.tongxin.security.SecurityFixtures.QINGYANG;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javax.sql.DataSource;

import io.tongxin.livestream.LivestreamFixtures;
import io.tongxin.livestream.LivestreamFixtures.Streamer;
import io.tongxin.livestream.SessionData;
import io.tongxin.livestream.SessionSource;
import io.tongxin.member.AccountData;
import io.tongxin.member.MemberManagement;
import io.tongxin.region.RegionCode;
import io.tongxin.security.SecurityFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every figure summed over a day range, read from the monthly tables for whole months and the
 * daily tables for the edges, equals the same sum over the raw sessions, for ranges inside one
 * month, of partial and whole months, and of whole years; sessions sit on the month edges (first
 * and last second of a month, Beijing time) so that a month counted twice or an edge left out shows.
 */
@SpringBootTest
@ActiveProfiles("test")
class FigureRangeTests {

    static final RegionCode COUNTY = RegionCode.of(HUANXIAN);
    static final String VILLAGE = "621022105204";
    static final String OTHER_VILLAGE = "621022206208";
    /** In VILLAGE's township (合道镇), with products of its own, so that village and township differ. */
    static final String NEIGHBOUR = "621022105213";
    static final RegionCode TOWNSHIP = RegionCode.of("621022105000");
    static final RegionCode CITY = RegionCode.of(QINGYANG);

    static final List<LocalDate[]> RANGES = List.of(
            // inside one month
            range("2025-01-02", "2025-01-31"), range("2025-03-02", "2025-03-20"), range("2025-03-01", "2025-03-30"),
            range("2025-01-01", "2025-01-01"),
            // partial and whole months
            range("2025-01-15", "2025-03-01"), range("2024-12-31", "2025-02-28"), range("2025-01-01", "2025-03-15"),
            range("2024-11-20", "2025-02-01"), range("2025-02-01", "2025-02-28"),
            // whole years, and every day the tables can hold
            range("2025-01-01", "2025-12-31"), range("2024-01-01", "2026-12-31"),
            new LocalDate[] {FigureRepository.BEGINNING, FigureRepository.END});

    /** The Douyin streamer of the data set, once loaded (the test database is shared by all classes). */
    static Streamer douyin;

    @Autowired
    FigureRepository figures;

    @Autowired
    LivestreamFixtures fixtures;

    @Autowired
    SecurityFixtures users;

    @Autowired
    MemberManagement members;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @BeforeEach
    void sessionsOnTheMonthEdges() {
        if (douyin != null) {
            return;
        }
        fixtures.asUser(users.user(QINGYANG, "CITY_ADMIN"), () -> {
            fixtures.enrol(VILLAGE);
            fixtures.enrol(OTHER_VILLAGE);
            fixtures.enrol(NEIGHBOUR);
            douyin = fixtures.streamer("区间甲", VILLAGE);
            Streamer other = fixtures.streamer("区间乙", OTHER_VILLAGE);
            Streamer kuaishou = new Streamer(other.id(), members.addAccount(other.id(), new AccountData("KUAISHOU",
                    "range" + System.nanoTime(), "区间乙", null, 10L, "RURAL", false)).id(), other.name());
            String[] starts = {"2024-12-31T23:59:59", "2025-01-01T00:00", "2025-01-01T12:00", "2025-01-14T10:00",
                "2025-01-15T10:00", "2025-01-31T23:59:59", "2025-02-01T00:00", "2025-02-28T20:00", "2025-03-01T00:00",
                "2025-03-15T08:00", "2025-03-16T08:00", "2025-12-31T23:59:59", "2026-01-01T00:00"};
            for (int i = 0; i < starts.length; i++) {
                LocalDateTime start = LocalDateTime.parse(starts[i]);
                Streamer streamer = i % 3 == 0 ? douyin : i % 3 == 1 ? other : kuaishou;
                SessionData data = LivestreamFixtures.data(streamer, i % 2 == 0 ? VILLAGE : OTHER_VILLAGE, start,
                        (100 + i) + "." + (10 + i));
                fixtures.sessions().record(i % 4 == 0 ? withProducts(data, List.of("APPLE")) : data, SessionSource.FORM);
            }
            // The neighbour: on the same month edges, a product VILLAGE also sells, one it does not,
            // and one listed twice (counted once).
            Streamer neighbour = fixtures.streamer("区间丙", NEIGHBOUR);
            String[] neighbourStarts = {"2024-12-31T23:59:59", "2025-01-01T00:00", "2025-02-28T20:00",
                "2025-12-31T23:59:59", "2026-01-01T00:00"};
            for (int i = 0; i < neighbourStarts.length; i++) {
                SessionData data = LivestreamFixtures.data(neighbour, NEIGHBOUR, LocalDateTime.parse(neighbourStarts[i]),
                        (300 + i) + ".0" + i);
                fixtures.sessions().record(withProducts(data, List.of("APPLE", "PAPER_CUT", "PAPER_CUT")),
                        SessionSource.FORM);
            }
            return null;
        });
    }

    @Test
    void everyFigureOverAnyRangeEqualsTheRawSessions() {
        for (LocalDate[] r : RANGES) {
            LocalDate from = r[0];
            LocalDate to = r[1];
            String range = from + ".." + to;
            Map<String, Totals> byMonth = raw("cast(date_trunc('month', started_at at time zone 'Asia/Shanghai') as date)",
                    from, to);
            assertThat(byMonth).as("sessions in " + range).isNotEmpty();

            assertThat(figures.totals(COUNTY, from, to, null)).as(range)
                .isEqualTo(figures.rawTotals(COUNTY, from, to))
                .isEqualTo(byMonth.values().stream().reduce(Totals.ZERO, Totals::plus));
            assertThat(keyed(figures.byMonth(COUNTY, from, to, null))).as(range).isEqualTo(byMonth);
            assertThat(figures.totalsByChild(COUNTY, 9, from, to)).as(range)
                .isEqualTo(raw("rpad(left(region_code, 9), 12, '0')", from, to));
            assertThat(named(figures.byPlatform(COUNTY, from, to))).as(range).isEqualTo(raw("platform_code", from, to));
            // The top lists in their order too (raw is ordered like them: gmv, sessions, key).
            assertThat(entries(named(figures.topVillages(COUNTY, from, to, 1000)))).as(range)
                .isEqualTo(entries(raw("region_code", from, to)));
            assertThat(entries(named(figures.topStreamers(COUNTY, from, to, 1000)))).as(range)
                .isEqualTo(entries(raw("streamer_id", from, to)));
            assertThat(entries(named(figures.topProducts(COUNTY, from, to, 1000)))).as(range)
                .isEqualTo(entries(rawProducts(COUNTY, from, to)));

            Totals own = raw("streamer_id", from, to).getOrDefault(String.valueOf(douyin.id()), Totals.ZERO);
            assertThat(figures.totals(COUNTY, from, to, douyin.id())).as(range).isEqualTo(own);
            assertThat(figures.byMonth(COUNTY, from, to, douyin.id()).values().stream()
                .reduce(Totals.ZERO, Totals::plus)).as(range).isEqualTo(own);
        }
    }

    /**
     * Totals, by child region, by month and by platform read the township-grain sessions (V65) from
     * a township up and the village-grain ones for a village: for every level and every range they
     * must be the region's own raw sums. Children are cut at the township (from the township table)
     * and at the village (from the village-grain one).
     */
    @Test
    void theTownshipGrainFiguresOfEveryLevelEqualTheRawSessions() {
        Map<RegionCode, List<Integer>> childDigits = new LinkedHashMap<>();
        childDigits.put(CITY, List.of(6, 9));
        childDigits.put(COUNTY, List.of(9, 12));
        childDigits.put(TOWNSHIP, List.of(12));
        childDigits.put(RegionCode.of(VILLAGE), List.of(12));
        LocalDate jan = LocalDate.parse("2025-01-01");
        LocalDate dec = LocalDate.parse("2025-12-31");
        // Two platforms and two townships in the county's year, so that a mixed-up group shows.
        assertThat(raw(COUNTY, "platform_code", jan, dec)).containsKeys("DOUYIN", "KUAISHOU");
        assertThat(raw(COUNTY, "rpad(left(region_code, 9), 12, '0')", jan, dec)).hasSizeGreaterThanOrEqualTo(2);
        childDigits.forEach((region, digitsList) -> {
            assertThat(figures.totals(region, jan, dec, null).sessions()).as(region.value()).isPositive();
            for (LocalDate[] r : RANGES) {
                LocalDate from = r[0];
                LocalDate to = r[1];
                String range = region.value() + " " + from + ".." + to;
                Map<String, Totals> byMonth = raw(region,
                        "cast(date_trunc('month', started_at at time zone 'Asia/Shanghai') as date)", from, to);
                assertThat(figures.totals(region, from, to, null)).as(range)
                    .isEqualTo(figures.rawTotals(region, from, to))
                    .isEqualTo(byMonth.values().stream().reduce(Totals.ZERO, Totals::plus));
                assertThat(keyed(figures.byMonth(region, from, to, null))).as(range).isEqualTo(byMonth);
                for (int digits : digitsList) {
                    assertThat(figures.totalsByChild(region, digits, from, to)).as(range + " by " + digits)
                        .isEqualTo(raw(region, "rpad(left(region_code, " + digits + "), 12, '0')", from, to));
                }
                assertThat(named(figures.byPlatform(region, from, to))).as(range)
                    .isEqualTo(raw(region, "platform_code", from, to));
            }
        });
    }

    /**
     * The monthly product table is at township grain (V64): a township's products over a year
     * come from it, a village's from the daily table. Both must still be the village's or the
     * township's own sums, over every range.
     */
    @Test
    void topProductsOfAVillageAndOfATownshipEqualTheRawSums() {
        RegionCode village = RegionCode.of(VILLAGE);
        Map<String, Totals> villageYear = rawProducts(village, LocalDate.parse("2025-01-01"),
                LocalDate.parse("2025-12-31"));
        Map<String, Totals> townshipYear = rawProducts(TOWNSHIP, LocalDate.parse("2025-01-01"),
                LocalDate.parse("2025-12-31"));
        assertThat(villageYear).as("the village's own year").containsKey("APPLE").doesNotContainKey("PAPER_CUT");
        assertThat(townshipYear).as("the township's year has the neighbour's sales too")
            .containsKeys("APPLE", "PAPER_CUT");
        assertThat(townshipYear.get("APPLE").sessions()).isGreaterThan(villageYear.get("APPLE").sessions());
        for (RegionCode region : List.of(village, TOWNSHIP, COUNTY)) {
            for (LocalDate[] r : RANGES) {
                assertThat(entries(named(figures.topProducts(region, r[0], r[1], 1000))))
                    .as(region + " " + r[0] + ".." + r[1]).isEqualTo(entries(rawProducts(region, r[0], r[1])));
            }
        }
    }

    /** The sessions list's total, for every level and range, with and without streamer and platform. */
    @Test
    void theSessionCountOfAnyFilterEqualsTheRawSessions() {
        List<LocalDate[]> ranges = new ArrayList<>(RANGES);
        ranges.add(new LocalDate[] {null, null});
        ranges.add(new LocalDate[] {LocalDate.parse("2025-01-15"), null});
        long checked = 0;
        for (RegionCode region : List.of(CITY, COUNTY, TOWNSHIP, RegionCode.of(VILLAGE))) {
            for (LocalDate[] r : ranges) {
                for (Long streamer : new Long[] {null, douyin.id()}) {
                    for (String platform : new String[] {null, "DOUYIN", "KUAISHOU"}) {
                        long raw = jdbc.sql("""
                                select count(*) from livestream_session where region_code between :low and :high
                                   and (cast(:streamer as bigint) is null or streamer_id = :streamer)
                                   and (cast(:platform as varchar) is null or platform_code = :platform)
                                   and (cast(:from as date) is null
                                        or (started_at at time zone 'Asia/Shanghai')::date >= :from)
                                   and (cast(:to as date) is null or (started_at at time zone 'Asia/Shanghai')::date <= :to)""")
                            .params(Sql.subtree(region)).param("streamer", streamer).param("platform", platform)
                            .param("from", r[0]).param("to", r[1]).query(Long.class).single();
                        assertThat(figures.sessionCount(region, r[0], r[1], streamer, platform))
                            .as(region + " " + r[0] + ".." + r[1] + " " + streamer + " " + platform).isEqualTo(raw);
                        checked += raw;
                    }
                }
            }
        }
        assertThat(checked).as("the data set has sessions to count").isPositive();
    }

    @Test
    void theTopListsKeepTheirOrderAndLimit() {
        LocalDate from = LocalDate.parse("2024-12-31");
        LocalDate to = LocalDate.parse("2025-12-31");
        List<String> raw = new ArrayList<>(jdbc.sql(rawSql("region_code") + " order by gmv desc, sessions desc, k limit 2")
            .params(rawParams(from, to)).query((rs, n) -> rs.getString("k")).list());
        assertThat(figures.topVillages(COUNTY, from, to, 2)).extracting(FigureRepository.Named::key)
            .hasSize(2).isEqualTo(raw);
    }

    @Test
    void aRangeOfWholeMonthsReadsOnlyTheMonthlyTablesAndARangeInsideAMonthOnlyTheDailyOnes() {
        List<String> statements = new ArrayList<>();
        FigureRepository recorded = new FigureRepository(JdbcClient.create(recording(dataSource, statements)));
        Function<LocalDate[], List<String>> run = r -> {
            statements.clear();
            recorded.totals(COUNTY, r[0], r[1], null);
            recorded.totals(COUNTY, r[0], r[1], 1L);
            recorded.totalsByChild(COUNTY, 9, r[0], r[1]);
            recorded.byMonth(COUNTY, r[0], r[1], null);
            recorded.byPlatform(COUNTY, r[0], r[1]);
            recorded.topStreamers(COUNTY, r[0], r[1], 10);
            recorded.topVillages(COUNTY, r[0], r[1], 10);
            recorded.topProducts(COUNTY, r[0], r[1], 10);
            return List.copyOf(statements);
        };
        for (LocalDate[] wholeMonths : List.of(range("2025-01-01", "2025-12-31"), range("2025-02-01", "2025-02-28"),
                new LocalDate[] {FigureRepository.BEGINNING, FigureRepository.END})) {
            assertThat(run.apply(wholeMonths)).hasSize(8)
                .allSatisfy(sql -> assertThat(sql).containsPattern("livestream_(product_|township_)?monthly")
                    .doesNotContain("_daily"));
        }
        assertThat(run.apply(range("2025-01-02", "2025-01-31"))).hasSize(8)
            .allSatisfy(sql -> assertThat(sql).containsPattern("livestream_(product_)?daily").doesNotContain("_monthly"));
        assertThat(run.apply(range("2025-01-15", "2025-03-01"))).hasSize(8)
            .allSatisfy(sql -> assertThat(sql).contains("_monthly").contains("_daily"));

        // A village's products: the daily table even for whole months (the monthly one is by township).
        statements.clear();
        recorded.topProducts(RegionCode.of(VILLAGE), LocalDate.parse("2025-01-01"), LocalDate.parse("2025-12-31"), 10);
        recorded.topProducts(TOWNSHIP, LocalDate.parse("2025-01-01"), LocalDate.parse("2025-12-31"), 10);
        assertThat(statements).hasSize(2);
        assertThat(statements.get(0)).contains("livestream_product_daily").doesNotContain("_monthly");
        assertThat(statements.get(1)).contains("livestream_product_monthly").doesNotContain("_daily");

        // The city's whole year: totals, by county, by township, by month and by platform read the
        // township-grain table only; per village or per streamer, the village-grain one.
        LocalDate jan = LocalDate.parse("2025-01-01");
        LocalDate dec = LocalDate.parse("2025-12-31");
        statements.clear();
        recorded.totals(CITY, jan, dec, null);
        recorded.totalsByChild(CITY, 6, jan, dec);
        recorded.totalsByChild(CITY, 9, jan, dec);
        recorded.byMonth(CITY, jan, dec, null);
        recorded.byPlatform(CITY, jan, dec);
        assertThat(statements).hasSize(5).allSatisfy(sql -> assertThat(sql).contains("from livestream_township_monthly")
            .doesNotContain("from livestream_monthly").doesNotContain("_daily"));
        statements.clear();
        recorded.totals(CITY, jan, dec, douyin.id());
        recorded.byMonth(CITY, jan, dec, douyin.id());
        recorded.totalsByChild(COUNTY, 12, jan, dec);
        recorded.topVillages(CITY, jan, dec, 10);
        recorded.topStreamers(CITY, jan, dec, 10);
        // A village is not in the township table: its whole months come from the village-grain one.
        recorded.totals(RegionCode.of(VILLAGE), jan, dec, null);
        recorded.byPlatform(RegionCode.of(VILLAGE), jan, dec);
        assertThat(statements).hasSize(7).allSatisfy(sql -> assertThat(sql).contains("from livestream_monthly")
            .doesNotContain("livestream_township_monthly").doesNotContain("_daily"));
    }

    /** Sums over the raw sessions of the county in the range, grouped by {@code key}. */
    private Map<String, Totals> raw(String key, LocalDate from, LocalDate to) {
        return raw(COUNTY, key, from, to);
    }

    /** Sums over the raw sessions of the region in the range, grouped by {@code key}. */
    private Map<String, Totals> raw(RegionCode region, String key, LocalDate from, LocalDate to) {
        Map<String, Totals> result = new LinkedHashMap<>();
        jdbc.sql(rawSql(key) + " order by gmv desc, sessions desc, k").params(rawParams(region, from, to))
            .query((ResultSet rs) -> {
                result.put(rs.getString("k"), new Totals(rs.getLong("sessions"), rs.getLong("seconds"),
                        rs.getLong("viewers"), rs.getLong("orders"), rs.getBigDecimal("gmv")));
            });
        return result;
    }

    private static String rawSql(String key) {
        return "select " + key + " as k, count(*) as sessions, sum(extract(epoch from ended_at - started_at)::bigint)"
                + " as seconds, sum(total_viewers) as viewers, sum(orders) as orders, sum(gmv) as gmv"
                + " from livestream_session where region_code between :low and :high"
                + " and started_at >= :fromInstant and started_at < :toInstant group by 1";
    }

    /** Sessions and GMV per product over the raw sessions of the region in the range, ordered like topProducts. */
    private Map<String, Totals> rawProducts(RegionCode region, LocalDate from, LocalDate to) {
        Map<String, Totals> result = new LinkedHashMap<>();
        jdbc.sql("""
                select p as k, count(*) as sessions, sum(gmv) as gmv
                  from livestream_session, lateral (select distinct p from unnest(product_codes) p) p
                 where region_code between :low and :high and started_at >= :fromInstant and started_at < :toInstant
                 group by 1 order by gmv desc, sessions desc, 1""").params(rawParams(region, from, to))
            .query((ResultSet rs) -> {
                result.put(rs.getString("k"), new Totals(rs.getLong("sessions"), 0, 0, 0, rs.getBigDecimal("gmv")));
            });
        return result;
    }

    private static Map<String, Object> rawParams(LocalDate from, LocalDate to) {
        return rawParams(COUNTY, from, to);
    }

    private static Map<String, Object> rawParams(RegionCode region, LocalDate from, LocalDate to) {
        Map<String, Object> params = new LinkedHashMap<>(Sql.subtree(region));
        params.put("fromInstant", from.atStartOfDay(Sql.ZONE).toOffsetDateTime());
        params.put("toInstant", to.plusDays(1).atStartOfDay(Sql.ZONE).toOffsetDateTime());
        return params;
    }

    private static List<Map.Entry<String, Totals>> entries(Map<String, Totals> ordered) {
        return List.copyOf(ordered.entrySet());
    }

    /** Key to totals, in the list's order. */
    private static Map<String, Totals> named(List<FigureRepository.Named> rows) {
        Map<String, Totals> result = new LinkedHashMap<>();
        rows.forEach(n -> result.put(n.key(), n.totals()));
        return result;
    }

    private static Map<String, Totals> keyed(Map<LocalDate, Totals> byMonth) {
        Map<String, Totals> result = new LinkedHashMap<>();
        byMonth.forEach((k, v) -> result.put(k.toString(), v));
        return result;
    }

    private static SessionData withProducts(SessionData d, List<String> products) {
        return new SessionData(d.streamerId(), d.accountId(), d.villageCodes(), d.startedAt(), d.endedAt(),
                d.peakViewers(), d.totalViewers(), d.orders(), d.gmv(), products, d.platformSessionId(), d.notes());
    }

    private static LocalDate[] range(String from, String to) {
        return new LocalDate[] {LocalDate.parse(from), LocalDate.parse(to)};
    }

    /** The data source, recording the SQL of every statement prepared on its connections. */
    private static DataSource recording(DataSource target, List<String> statements) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    if (!(result instanceof Connection connection)) {
                        return result;
                    }
                    return Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                            (p, m, a) -> {
                                if (m.getName().equals("prepareStatement")) {
                                    statements.add((String) a[0]);
                                }
                                return invoke(connection, m, a);
                            });
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        }
        catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
