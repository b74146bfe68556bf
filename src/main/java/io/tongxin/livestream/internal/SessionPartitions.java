package io.tongxin.livestream.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Keeps monthly session partitions a year ahead (the migration created them from 2023 on): at
 * start-up and every night, so a long-running server never writes a new month into the default
 * partition. The work is the SQL function {@code livestream_ensure_partitions} of V50.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SessionPartitions implements ApplicationRunner {

    static final int MONTHS_AHEAD = 12;
    private static final Logger log = LoggerFactory.getLogger(SessionPartitions.class);

    private final JdbcClient jdbc;

    SessionPartitions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        ensure();
    }

    @Scheduled(cron = "0 17 3 * * *", zone = "Asia/Shanghai")
    void ensure() {
        Integer created = jdbc.sql("select livestream_ensure_partitions(cast(date_trunc('month', now()) as date), :ahead)")
            .param("ahead", MONTHS_AHEAD).query(Integer.class).single();
        if (created != null && created > 0) {
            log.info("Created {} monthly live-session partitions", created);
        }
    }
}
