package io.tongxin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class ApplicationStartupTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void runsOnEmbeddedPostgresWithMigrationsApplied() {
        String version = jdbc.sql("select current_setting('server_version_num')").query(String.class).single();
        assertThat(Integer.parseInt(version)).isGreaterThanOrEqualTo(170000);
        Integer trgm = jdbc.sql("select count(*) from pg_extension where extname = 'pg_trgm'").query(Integer.class).single();
        assertThat(trgm).isEqualTo(1);
    }
}
