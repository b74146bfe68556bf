package io.tongxin.livestream;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.tongxin.livestream.LivestreamFixtures.Streamer;
import io.tongxin.livestream.internal.ProgrammeManagement;
import io.tongxin.member.ChangeSource;
import io.tongxin.member.Importance;
import io.tongxin.member.Member;
import io.tongxin.member.MemberData;
import io.tongxin.member.MemberManagement;
import io.tongxin.member.Tier;
import io.tongxin.security.SecurityFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** A streamer's two member records merged: villages and sessions follow, totals stay the same. */
@SpringBootTest
@ActiveProfiles("test")
class MergedStreamerTests {

    static final String HESHUI = "621024000000";
    static final String VILLAGE = "621024100003";

    @Autowired
    LivestreamFixtures fixtures;

    @Autowired
    SecurityFixtures users;

    @Autowired
    MemberManagement members;

    @Autowired
    ProgrammeManagement programme;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theRemovedRecordsStreamerRowsAndSessionsMoveToTheKeptRecord() {
        String clerk = users.user(HESHUI, "COUNTY_ADMIN");
        Map<String, Object> before = fixtures.asUser(clerk, () -> {
            fixtures.enrol(VILLAGE);
            Streamer removed = fixtures.streamer("合并甲", VILLAGE);
            programme.assign(removed.id(), VILLAGE, LocalDate.now().minusMonths(2));
            fixtures.session(removed, VILLAGE, LocalDate.now().minusDays(5), "100.10");
            fixtures.session(removed, VILLAGE, LocalDate.now().minusDays(6), "0.20");
            Member kept = members.register(new MemberData("合并甲", null, "01", null, null, null, null, null, null,
                    null, null, null, List.of("ONLINE"), VILLAGE, Tier.COUNTY, Importance.GENERAL, List.of(), null,
                    List.of()), ChangeSource.MANUAL);
            Map<String, Object> totals = totals(removed.id());
            members.merge(kept.id(), kept.version(), removed.id(), members.get(removed.id()).version());
            totals.put("kept", kept.id());
            totals.put("removed", removed.id());
            return totals;
        });
        long kept = (Long) before.get("kept");
        long removed = (Long) before.get("removed");

        assertThat(totals(kept)).containsEntry("sessions", before.get("sessions"))
            .containsEntry("daily", before.get("daily"));
        assertThat((BigDecimal) totals(kept).get("gmv")).isEqualByComparingTo("100.30");
        assertThat(jdbc.sql("select count(*) from livestream_streamer where member_id = :id").param("id", removed)
            .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from livestream_assignment where streamer_id = :id and ended_on is null")
            .param("id", kept).query(Long.class).single()).isEqualTo(1L);
        assertThat(totals(removed)).containsEntry("sessions", 0L);
    }

    private Map<String, Object> totals(long streamer) {
        return jdbc.sql("""
                select (select count(*) from livestream_session where streamer_id = :s) sessions,
                       (select coalesce(sum(gmv), 0) from livestream_session where streamer_id = :s) gmv,
                       (select coalesce(sum(sessions), 0) from livestream_daily where streamer_id = :s) daily""")
            .param("s", streamer).query().singleRow();
    }
}
