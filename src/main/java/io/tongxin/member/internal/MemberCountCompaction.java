package io.tongxin.member.internal;

import java.util.concurrent.TimeUnit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Folds the per-statement deltas of {@code member_count} (V63, V69) into one row per region, so that
 * a region's total stays a read of a few rows however many imports came before. Rows
 * written by transactions still running are invisible here and stay as they are; the sums never
 * change.
 */
@Component
class MemberCountCompaction {

    private final JdbcClient jdbc;

    MemberCountCompaction(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Scheduled(fixedDelay = 10, initialDelay = 10, timeUnit = TimeUnit.MINUTES)
    @Transactional
    public void compact() {
        jdbc.sql("""
                with folded as (delete from member_count returning region_code, members)
                insert into member_count (region_code, members)
                select region_code, sum(members) from folded group by region_code having sum(members) <> 0""")
            .update();
    }
}
