package io.tongxin.collection;

import static io.tongxin.security.SecurityFixtures.HUANXIAN;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.tongxin.security.SecurityFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SubmissionRetentionTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SecurityFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SubmissionRetention retention;

    @Test
    void rejectedSubmissionsLoseTheirPersonalDataAfterTheRetentionPeriodAndNothingElseDoes() throws Exception {
        long campaign = CollectionTestData.createCampaign(mvc, fixtures.user(HUANXIAN, "COUNTY_ADMIN"), HUANXIAN)
            .path("campaign").path("id").asLong();
        long oldRejected = submission(campaign, "REJECTED", Duration.ofDays(100));
        long recentRejected = submission(campaign, "REJECTED", Duration.ofDays(10));
        long oldApproved = submission(campaign, "APPROVED", Duration.ofDays(100));

        retention.eraseRejectedReviewedBefore(Instant.now().minus(Duration.ofDays(90)));

        assertThat(row(oldRejected)).containsEntry("name", "-").containsEntry("data", "{}")
            .containsEntry("id_number_cipher", null).containsEntry("phone_cipher", null);
        assertThat(row(recentRejected)).containsEntry("name", "留存者");
        assertThat(row(oldApproved)).containsEntry("name", "留存者");
        assertThat((String) row(oldApproved).get("id_number_cipher")).isNotNull();
    }

    private long submission(long campaign, String status, Duration reviewedAgo) {
        return jdbc.sql("""
                insert into collection_submission (campaign_id, region_code, name, data, id_number_cipher,
                    phone_cipher, client_hash, status, reviewed_by, reviewed_at)
                values (:campaign, :region, '留存者', '{"employer":"x"}'::jsonb, 'cipher', 'cipher', repeat('a', 64),
                    :status, 'reviewer', now() - make_interval(days => :days))
                returning id""")
            .param("campaign", campaign).param("region", HUANXIAN).param("status", status)
            .param("days", (int) reviewedAgo.toDays())
            .query(Long.class).single();
    }

    private Map<String, Object> row(long id) {
        return jdbc.sql("select name, data::text data, id_number_cipher, phone_cipher from collection_submission "
                + "where id = :id").param("id", id).query().singleRow();
    }
}
