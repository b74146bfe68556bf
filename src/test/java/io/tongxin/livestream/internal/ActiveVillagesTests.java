package io.tongxin.livestream.internal;

import static io.tongxin.security.SecurityFixtures.HUANXIAN;
import static io.tongxin.security.SecurityFixtures.QINGYANG;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.tongxin.livestream.LivestreamFixtures;
import io.tongxin.livestream.LivestreamFixtures.Streamer;
import io.tongxin.livestream.Session;
import io.tongxin.livestream.SessionData;
import io.tongxin.livestream.SessionSource;
import io.tongxin.region.RegionCode;
import io.tongxin.security.SecurityFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * "Active villages" (represented in a session during the 30 days up to the day asked for), per
 * child region, equal a direct count of the distinct villages named by the raw sessions of those
 * days; sessions sit on the first and last second of the window and just outside it, and one
 * session names a second village (active too) and a village twice (counted once). Villages with
 * sessions after the day asked for (whose last day, V66, lies after the window) count only when
 * they also have one inside it; and the last days follow inserts, moves and deletes of sessions.
 */
@SpringBootTest
@ActiveProfiles("test")
class ActiveVillagesTests {

    /** Six villages of 毛井镇 (环县), which no other test uses, and one of 西峰区. */
    static final String FIRST_DAY = "621022107201";
    static final String BEFORE = "621022107202";
    static final String LAST_SECOND = "621022107203";
    static final String AFTER = "621022107204";
    static final String SECOND_NAMED = "621022107205";
    static final String NAMED_TWICE = "621022107206";
    static final String XIFENG = "621002100201";
    /**
     * Villages of 马渠镇 (镇原县), outside the demo counties, whose last days the tests pin: a session
     * in the window and a later one; a session before the window and a later one; two changed by
     * {@link #theLastDayFollowsDeletesAndMoves}, in March, far from the window of June.
     */
    static final String MAQU = "621027111000";
    static final String IN_AND_LATER = "621027111201";
    static final String BEFORE_AND_LATER = "621027111202";
    static final String LOSES_SESSIONS = "621027111203";
    static final String MOVED = "621027111204";
    static final LocalDate MARCH = LocalDate.of(2025, 3, 15);
    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    static boolean loaded;

    @Autowired
    FigureRepository figures;

    @Autowired
    LivestreamFixtures fixtures;

    @Autowired
    SecurityFixtures users;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void sessionsAroundTheWindow() {
        if (loaded) {
            return;
        }
        fixtures.asUser(users.user(QINGYANG, "CITY_ADMIN"), () -> {
            for (String village : List.of(FIRST_DAY, BEFORE, LAST_SECOND, AFTER, SECOND_NAMED, NAMED_TWICE, XIFENG,
                    IN_AND_LATER, BEFORE_AND_LATER, LOSES_SESSIONS, MOVED)) {
                fixtures.enrol(village);
            }
            Streamer s = fixtures.streamer("活跃甲", FIRST_DAY);
            LocalDate since = AS_OF.minusDays(29);
            record(s, List.of(FIRST_DAY), since.atStartOfDay());
            record(s, List.of(BEFORE), since.minusDays(1).atTime(23, 59, 59));
            record(s, List.of(LAST_SECOND), AS_OF.atTime(23, 59, 59));
            record(s, List.of(AFTER), AS_OF.plusDays(1).atStartOfDay());
            record(s, List.of(NAMED_TWICE, SECOND_NAMED, NAMED_TWICE), AS_OF.minusDays(10).atTime(9, 0));
            record(s, List.of(XIFENG), AS_OF.minusDays(3).atTime(9, 0));
            record(s, List.of(IN_AND_LATER), AS_OF.minusDays(5).atTime(9, 0));
            record(s, List.of(IN_AND_LATER), AS_OF.plusDays(40).atTime(9, 0));
            record(s, List.of(BEFORE_AND_LATER), AS_OF.minusDays(40).atTime(9, 0));
            record(s, List.of(BEFORE_AND_LATER), AS_OF.plusDays(10).atTime(9, 0));
            return null;
        });
        loaded = true;
    }

    @Test
    void activeVillagesPerChildEqualADirectCountOverTheRawSessions() {
        RegionCode county = RegionCode.of(HUANXIAN);
        RegionCode city = RegionCode.of(QINGYANG);
        for (LocalDate asOf : List.of(AS_OF, AS_OF.plusDays(1), AS_OF.minusDays(1), AS_OF.plusDays(29),
                AS_OF.minusDays(45), AS_OF.plusDays(45), MARCH)) {
            for (Object[] c : List.of(new Object[] {city, 6}, new Object[] {city, 12}, new Object[] {county, 9},
                    new Object[] {county, 12}, new Object[] {RegionCode.of("621022107000"), 12},
                    new Object[] {RegionCode.of(MAQU), 12})) {
                RegionCode region = (RegionCode) c[0];
                int digits = (int) c[1];
                assertThat(active(region, digits, asOf)).as(region + " by " + digits + " digits as of " + asOf)
                    .isEqualTo(raw(region, digits, asOf));
            }
        }
        assertThat(raw(county, 9, AS_OF)).as("the data set is there").containsKey("621022107000");
    }

    @Test
    void theWindowIsTheThirtyDaysUpToTheDayAskedFor() {
        RegionCode township = RegionCode.of("621022107000");
        assertThat(active(township, 12, AS_OF)).containsEntry(FIRST_DAY, 1L).containsEntry(LAST_SECOND, 1L)
            .containsEntry(SECOND_NAMED, 1L).containsEntry(NAMED_TWICE, 1L).doesNotContainKeys(BEFORE, AFTER);
        assertThat(figures.coverage(township, AS_OF).villagesActive()).isEqualTo(4);
        // A day later the first day has left the window and the day after has come in.
        assertThat(active(township, 12, AS_OF.plusDays(1))).containsEntry(AFTER, 1L)
            .doesNotContainKeys(FIRST_DAY, BEFORE);
        assertThat(active(township, 12, AS_OF.minusDays(1))).containsEntry(BEFORE, 1L).containsEntry(FIRST_DAY, 1L)
            .doesNotContainKeys(LAST_SECOND, AFTER);
        assertThat(active(RegionCode.of(FIRST_DAY), 12, AS_OF.plusDays(30))).doesNotContainKey(FIRST_DAY);
        assertThat(figures.coverage(RegionCode.of(SECOND_NAMED), AS_OF).villagesActive()).isEqualTo(1);
    }

    @Test
    void aVillageWithLaterSessionsIsActiveOnlyWithASessionInTheWindow() {
        // Both last days lie after AS_OF: the window is decided by the village days themselves.
        assertThat(lastDay(IN_AND_LATER)).isEqualTo(AS_OF.plusDays(40));
        assertThat(lastDay(BEFORE_AND_LATER)).isEqualTo(AS_OF.plusDays(10));
        RegionCode township = RegionCode.of(MAQU);
        assertThat(active(township, 12, AS_OF)).containsEntry(IN_AND_LATER, 1L).doesNotContainKey(BEFORE_AND_LATER);
        assertThat(active(RegionCode.of(QINGYANG), 9, AS_OF)).containsEntry(MAQU, 1L);
        // Before the window of the earlier session: neither; on the day of the later one: both.
        assertThat(active(township, 12, AS_OF.minusDays(41))).doesNotContainKeys(IN_AND_LATER, BEFORE_AND_LATER);
        assertThat(active(township, 12, AS_OF.minusDays(40))).containsEntry(BEFORE_AND_LATER, 1L)
            .doesNotContainKey(IN_AND_LATER);
        assertThat(active(township, 12, AS_OF.plusDays(10))).containsEntry(IN_AND_LATER, 1L)
            .containsEntry(BEFORE_AND_LATER, 1L);
        // Between the two sessions of each, once the earlier one has left the window.
        assertThat(active(township, 12, AS_OF.plusDays(25))).containsEntry(BEFORE_AND_LATER, 1L)
            .doesNotContainKey(IN_AND_LATER);
        // The later session's own day: one village's last day is in the window, the other's before it.
        assertThat(active(township, 12, AS_OF.plusDays(40))).containsEntry(IN_AND_LATER, 1L)
            .doesNotContainKey(BEFORE_AND_LATER);
    }

    @Test
    void theLastDayFollowsDeletesAndMoves() {
        RegionCode township = RegionCode.of(MAQU);
        fixtures.asUser(users.user(QINGYANG, "CITY_ADMIN"), () -> {
            Streamer s = fixtures.streamer("活跃乙", LOSES_SESSIONS);
            Session early = record(s, List.of(LOSES_SESSIONS), MARCH.minusDays(20).atTime(9, 0));
            Session late = record(s, List.of(LOSES_SESSIONS, MOVED), MARCH.plusDays(5).atTime(9, 0));
            assertThat(lastDay(LOSES_SESSIONS)).isEqualTo(MARCH.plusDays(5));
            assertThat(lastDay(MOVED)).isEqualTo(MARCH.plusDays(5));
            assertLastDaysReconciled();
            assertThat(active(township, 12, MARCH)).containsEntry(LOSES_SESSIONS, 1L).doesNotContainKey(MOVED);
            assertThat(active(township, 12, MARCH.plusDays(15))).containsEntry(LOSES_SESSIONS, 1L)
                .containsEntry(MOVED, 1L);

            // The last session goes: the last day moves back to the earlier one.
            fixtures.sessions().delete(late.id());
            assertThat(lastDay(LOSES_SESSIONS)).isEqualTo(MARCH.minusDays(20));
            assertThat(lastDay(MOVED)).as("a village without sessions left has no last day").isNull();
            assertLastDaysReconciled();
            assertThat(active(township, 12, MARCH)).containsEntry(LOSES_SESSIONS, 1L);
            assertThat(active(township, 12, MARCH.plusDays(15))).doesNotContainKeys(LOSES_SESSIONS, MOVED);

            // A session moves later, then back before the other one, then away to the other village.
            Session moving = record(s, List.of(MOVED), MARCH.minusDays(10).atTime(9, 0));
            assertThat(lastDay(MOVED)).isEqualTo(MARCH.minusDays(10));
            moving = move(s, moving, List.of(MOVED, LOSES_SESSIONS), MARCH.plusDays(20).atTime(9, 0));
            assertThat(lastDay(MOVED)).isEqualTo(MARCH.plusDays(20));
            assertThat(lastDay(LOSES_SESSIONS)).isEqualTo(MARCH.plusDays(20));
            assertLastDaysReconciled();
            moving = move(s, moving, List.of(LOSES_SESSIONS), MARCH.minusDays(25).atTime(9, 0));
            assertThat(lastDay(MOVED)).isNull();
            assertThat(lastDay(LOSES_SESSIONS)).isEqualTo(MARCH.minusDays(20));
            assertLastDaysReconciled();
            assertThat(active(township, 12, MARCH.minusDays(21))).containsEntry(LOSES_SESSIONS, 1L)
                .doesNotContainKey(MOVED);

            // Every session goes: the row disappears and the village is active nowhere.
            fixtures.sessions().delete(early.id());
            assertThat(lastDay(LOSES_SESSIONS)).isEqualTo(MARCH.minusDays(25));
            fixtures.sessions().delete(moving.id());
            assertThat(lastDay(LOSES_SESSIONS)).isNull();
            assertLastDaysReconciled();
            for (LocalDate asOf : List.of(MARCH.minusDays(25), MARCH, MARCH.plusDays(20))) {
                assertThat(active(township, 12, asOf)).doesNotContainKeys(LOSES_SESSIONS, MOVED);
                assertThat(active(township, 12, asOf)).isEqualTo(raw(township, 12, asOf));
            }
            return null;
        });
    }

    /** Every village's last day is the latest of its village days, and only villages with days have one. */
    private void assertLastDaysReconciled() {
        assertThat(jdbc.sql("""
                select count(*) from (select village_code, max(day) as last_day from livestream_village_day group by 1) d
                  full join livestream_village_last_day l using (village_code)
                 where d.last_day is distinct from l.last_day""").query(Long.class).single())
            .as("last days differing from the village days").isZero();
    }

    private LocalDate lastDay(String village) {
        return jdbc.sql("select last_day from livestream_village_last_day where village_code = :v").param("v", village)
            .query(LocalDate.class).optional().orElse(null);
    }

    /** The session, of streamer s, moved to the villages and the start given. */
    private Session move(Streamer s, Session session, List<String> villages, LocalDateTime start) {
        return fixtures.sessions().update(session.id(), data(s, villages, start), session.version());
    }

    private Session record(Streamer s, List<String> villages, LocalDateTime start) {
        return fixtures.sessions().record(data(s, villages, start), SessionSource.FORM);
    }

    private static SessionData data(Streamer s, List<String> villages, LocalDateTime start) {
        SessionData d = LivestreamFixtures.data(s, villages.get(0), start, "10.00");
        return new SessionData(d.streamerId(), d.accountId(), villages, d.startedAt(), d.endedAt(), d.peakViewers(),
                d.totalViewers(), d.orders(), d.gmv(), d.productCodes(), null, null);
    }

    /** The repository's active-village counts by child, children without any left out. */
    private Map<String, Long> active(RegionCode region, int digits, LocalDate asOf) {
        Map<String, Long> result = new TreeMap<>();
        figures.coverageByChild(region, digits, asOf).forEach((k, c) -> {
            if (c.villagesActive() > 0) {
                result.put(k, c.villagesActive());
            }
        });
        return result;
    }

    /** Distinct villages named by the raw sessions that started on the 30 days up to asOf (Beijing time). */
    private Map<String, Long> raw(RegionCode region, int digits, LocalDate asOf) {
        Map<String, Object> params = new LinkedHashMap<>(Sql.subtree(region));
        params.put("digits", digits);
        params.put("fromInstant", asOf.minusDays(29).atStartOfDay(Sql.ZONE).toOffsetDateTime());
        params.put("toInstant", asOf.plusDays(1).atStartOfDay(Sql.ZONE).toOffsetDateTime());
        Map<String, Long> result = new TreeMap<>();
        jdbc.sql("""
                select rpad(left(v, :digits), 12, '0') as k, count(distinct v) as n
                  from livestream_session, unnest(village_codes) v
                 where v between :low and :high and started_at >= :fromInstant and started_at < :toInstant
                 group by 1""").params(params)
            .query((java.sql.ResultSet rs) -> {
                result.put(rs.getString("k"), rs.getLong("n"));
            });
        return result;
    }
}
