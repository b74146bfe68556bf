package io.tongxin.livestream.internal;

import static io.tongxin.security.SecurityFixtures.QINGYANG;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import io.tongxin.livestream.LivestreamFixtures;
import io.tongxin.livestream.LivestreamFixtures.Streamer;
import io.tongxin.region.RegionCode;
import io.tongxin.security.SecurityFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The coverage counts of the summary, per village and per township: enrolled by the day asked for,
 * demonstration sites, and villages nobody serves now (an ended assignment does not serve; two
 * streamers on one village count it once).
 */
@SpringBootTest
@ActiveProfiles("test")
class CoverageTests {

    /** 庙渠镇 (镇原县): no other test uses it. */
    static final String MIAOQU = "621027112000";
    static final String SERVED_TWICE = "621027112200";
    static final String DEMONSTRATION_UNSERVED = "621027112201";
    static final String SERVICE_ENDED = "621027112202";
    static final String ENROLLED_LATER = "621027112203";
    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    @Autowired
    FigureRepository figures;

    @Autowired
    LivestreamFixtures fixtures;

    @Autowired
    SecurityFixtures users;

    @Autowired
    StreamerStore streamers;

    @Autowired
    JdbcClient jdbc;

    @Test
    void enrolledDemonstrationAndUnservedVillagesPerVillageAndTownship() {
        Streamer one = fixtures.asUser(users.user(QINGYANG, "CITY_ADMIN"), () -> fixtures.streamer("覆盖甲", MIAOQU));
        Streamer two = fixtures.asUser(users.user(QINGYANG, "CITY_ADMIN"), () -> fixtures.streamer("覆盖乙", MIAOQU));
        streamers.ensure(one.id(), one.name(), MIAOQU);
        streamers.ensure(two.id(), two.name(), MIAOQU);
        enrol(SERVED_TWICE, "2024-01-01", false);
        enrol(DEMONSTRATION_UNSERVED, "2024-01-01", true);
        enrol(SERVICE_ENDED, "2025-06-30", false);
        enrol(ENROLLED_LATER, "2025-07-01", true);
        assign(SERVED_TWICE, one.id(), null);
        assign(SERVED_TWICE, two.id(), null);
        assign(SERVICE_ENDED, one.id(), "2025-05-01");

        var township = figures.coverageByChild(RegionCode.of(MIAOQU), 9, AS_OF).get(MIAOQU);
        assertThat(township.villagesEnrolled()).isEqualTo(3);
        assertThat(township.demonstrationSites()).isEqualTo(1);
        assertThat(township.villagesWithoutStreamer()).isEqualTo(2);
        long villages = jdbc.sql("select count(*) from region where level = 5 and code like '621027112%'")
            .query(Long.class).single();
        assertThat(township.villagesTotal()).isEqualTo(villages).isGreaterThan(4);

        var perVillage = figures.coverageByChild(RegionCode.of(MIAOQU), 12, AS_OF);
        assertThat(perVillage.get(SERVED_TWICE).villagesWithoutStreamer()).isZero();
        assertThat(perVillage.get(SERVED_TWICE).villagesEnrolled()).isEqualTo(1);
        assertThat(perVillage.get(DEMONSTRATION_UNSERVED).villagesWithoutStreamer()).isEqualTo(1);
        assertThat(perVillage.get(DEMONSTRATION_UNSERVED).demonstrationSites()).isEqualTo(1);
        assertThat(perVillage.get(SERVICE_ENDED).villagesWithoutStreamer()).isEqualTo(1);
        assertThat(perVillage.get(ENROLLED_LATER).villagesEnrolled()).isZero();
        assertThat(perVillage.get(ENROLLED_LATER).demonstrationSites()).isZero();
        assertThat(perVillage.get(ENROLLED_LATER).villagesTotal()).isEqualTo(1);
    }

    private void enrol(String village, String on, boolean demonstration) {
        jdbc.sql("""
                insert into livestream_village (village_code, enrolled_on, demonstration, created_by, updated_by)
                values (:village, cast(:on as date), :demonstration, 'test', 'test')""")
            .param("village", village).param("on", on).param("demonstration", demonstration).update();
    }

    private void assign(String village, long streamer, String endedOn) {
        jdbc.sql("""
                insert into livestream_assignment (village_code, streamer_id, started_on, ended_on, created_by)
                values (:village, :streamer, date '2024-02-01', cast(:ended as date), 'test')""")
            .param("village", village).param("streamer", streamer).param("ended", endedOn).update();
    }
}
