package io.tongxin.collection;

import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the promise of the consent notice: a submission that was not taken is used only to check
 * it, and its personal data is erased once the retention period after the review has passed. The
 * row stays (name replaced, data emptied) so the campaign's statistics still add up.
 */
@Component
class SubmissionRetention {

    private static final Logger log = LoggerFactory.getLogger(SubmissionRetention.class);

    private final JdbcClient jdbc;
    private final CollectionProperties properties;

    SubmissionRetention(JdbcClient jdbc, CollectionProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Scheduled(cron = "${tongxin.collection.retention-cron:0 30 3 * * *}", zone = "Asia/Shanghai")
    void nightly() {
        int erased = eraseRejectedReviewedBefore(Instant.now().minus(properties.rejectedRetention()));
        if (erased > 0) {
            log.info("Erased the personal data of {} rejected collection submissions", erased);
        }
    }

    int eraseRejectedReviewedBefore(Instant cutoff) {
        return jdbc.sql("""
                update collection_submission
                   set name = '-', data = '{}'::jsonb, id_number_cipher = null, phone_cipher = null, user_agent = null
                 where status = 'REJECTED' and reviewed_at < :cutoff and data <> '{}'::jsonb""")
            .param("cutoff", java.sql.Timestamp.from(cutoff))
            .update();
    }
}
