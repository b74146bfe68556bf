package io.tongxin.livestream;

import static io.tongxin.security.SecurityFixtures.HUANXIAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import io.tongxin.livestream.LivestreamFixtures.Streamer;
import io.tongxin.security.SecurityFixtures;
import io.tongxin.shared.ConflictException;
import io.tongxin.shared.FieldViolation;
import io.tongxin.shared.InvalidFieldsException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The import seam: a batch recorded twice creates nothing the second time; rules refuse bad rows. */
@SpringBootTest
@ActiveProfiles("test")
class SessionBatchTests {

    static final String VILLAGE = "621022104201";

    @Autowired
    LivestreamFixtures fixtures;

    @Autowired
    SecurityFixtures users;

    @Autowired
    LivestreamSessions sessions;

    @Autowired
    JdbcClient jdbc;

    static String clerk;

    @BeforeEach
    void setUp() {
        if (clerk == null) {
            clerk = users.user(HUANXIAN, "COUNTY_ADMIN");
            fixtures.asUser(clerk, () -> {
                fixtures.enrol(VILLAGE);
                return null;
            });
        }
    }

    @Test
    void aBatchRecordedTwiceCreatesNothingTheSecondTime() {
        fixtures.asUser(clerk, () -> {
            Streamer s = fixtures.streamer("马玉梅", VILLAGE);
            LocalDateTime t = LocalDateTime.of(2025, 8, 8, 20, 0, 0);
            String psid = "dy-" + System.nanoTime();
            SessionData withId = withPlatformId(LivestreamFixtures.data(s, VILLAGE, t, "100.00"), psid);
            SessionData second = LivestreamFixtures.data(s, VILLAGE, t.plusDays(1), "200.00");
            SessionData third = LivestreamFixtures.data(s, VILLAGE, t.plusDays(2), "300.00");
            List<SessionData> batch = List.of(withId, second, third);

            assertThat(sessions.recordBatch(batch, SessionSource.IMPORT))
                .isEqualTo(new SessionBatchResult(3, 0, List.of()));
            assertThat(sessions.recordBatch(batch, SessionSource.IMPORT))
                .isEqualTo(new SessionBatchResult(0, 3, List.of(0, 1, 2)));

            // Same platform id, other start (the platform re-exported it with a corrected time): skipped.
            SessionData sameId = withPlatformId(LivestreamFixtures.data(s, VILLAGE, t.plusHours(1), "1.00"), psid);
            // Same account and start, a platform id this time: skipped as well.
            SessionData sameStart = withPlatformId(second, "dy-other-" + System.nanoTime());
            // Twice in one batch: the first counts.
            SessionData fresh = LivestreamFixtures.data(s, VILLAGE, t.plusDays(3), "400.00");
            assertThat(sessions.recordBatch(List.of(sameId, sameStart, fresh, fresh), SessionSource.IMPORT))
                .isEqualTo(new SessionBatchResult(1, 3, List.of(0, 1, 3)));

            assertThat(jdbc.sql("select count(*), sum(gmv) from livestream_session where streamer_id = :id")
                .param("id", s.id()).query((rs, n) -> rs.getLong(1) + "/" + rs.getBigDecimal(2).toPlainString())
                .single()).isEqualTo("4/1000.00");
            assertThat(jdbc.sql("select count(*) from livestream_session_ref where platform_session_id like 'dy-other-%'"
                    + " and session_id in (select id from livestream_session where streamer_id = :id)")
                .param("id", s.id()).query(Long.class).single()).as("a skipped row leaves no reference").isZero();

            // One at a time, a duplicate is a conflict.
            assertThatThrownBy(() -> sessions.record(second, SessionSource.FORM)).isInstanceOf(ConflictException.class);
            return null;
        });
    }

    @Test
    void oneBadSessionRefusesTheWholeBatchWithEveryRuleItBreaks() {
        fixtures.asUser(clerk, () -> {
            Streamer s = fixtures.streamer("杜红霞", VILLAGE);
            LocalDateTime t = LocalDateTime.of(2025, 9, 1, 19, 0, 0);
            SessionData good = LivestreamFixtures.data(s, VILLAGE, t, "10.00");
            SessionData bad = new SessionData(s.id(), s.accountId() + 100_000, List.of("620823100201"), t,
                    t.minusMinutes(5), -1L, 10L, 1L, new BigDecimal("0.001"), List.of("AGRICULTURE"), null, null);
            assertThatThrownBy(() -> sessions.recordBatch(List.of(good, bad), SessionSource.IMPORT))
                .isInstanceOfSatisfying(InvalidFieldsException.class, e -> assertThat(e.violations())
                    .extracting(FieldViolation::field).containsExactlyInAnyOrder("[1].accountId", "[1].villageCodes",
                            "[1].endedAt", "[1].peakViewers", "[1].gmv", "[1].productCodes"));
            assertThat(jdbc.sql("select count(*) from livestream_session where streamer_id = :id")
                .param("id", s.id()).query(Long.class).single()).isZero();
            return null;
        });
    }

    @Test
    void aSessionInTheFutureOrLongerThanADayIsRefused() {
        fixtures.asUser(clerk, () -> {
            Streamer s = fixtures.streamer("宋桂英", VILLAGE);
            LocalDateTime future = LocalDateTime.now().plusDays(2).withNano(0);
            assertThatThrownBy(() -> sessions.record(LivestreamFixtures.data(s, VILLAGE, future, "1.00"),
                    SessionSource.FORM)).isInstanceOf(InvalidFieldsException.class);
            LocalDateTime t = LocalDate.of(2025, 4, 1).atTime(8, 0);
            SessionData long25h = new SessionData(s.id(), s.accountId(), List.of(VILLAGE), t, t.plusHours(25), 1L, 1L,
                    0L, BigDecimal.ZERO, List.of(), null, null);
            assertThatThrownBy(() -> sessions.record(long25h, SessionSource.FORM))
                .isInstanceOfSatisfying(InvalidFieldsException.class, e -> assertThat(e.violations())
                    .extracting(FieldViolation::messageCode).containsExactly("livestream.error.session-length"));
            return null;
        });
    }

    private static SessionData withPlatformId(SessionData d, String psid) {
        return new SessionData(d.streamerId(), d.accountId(), d.villageCodes(), d.startedAt(), d.endedAt(),
                d.peakViewers(), d.totalViewers(), d.orders(), d.gmv(), d.productCodes(), psid, d.notes());
    }
}
