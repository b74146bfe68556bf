package io.tongxin.livestream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The session table is partitioned by month, a year ahead, with a default partition behind. */
@SpringBootTest
@ActiveProfiles("test")
class SessionPartitionsTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void monthlyPartitionsExistFrom2023ToAYearAheadAndADefaultCatchesTheRest() {
        assertThat(jdbc.sql("select relkind::text from pg_class where relname = 'livestream_session'")
            .query(String.class).single()).isEqualTo("p");
        String inAYear = LocalDate.now().plusMonths(12).format(DateTimeFormatter.ofPattern("'y'yyyy'm'MM"));
        assertThat(jdbc.sql("""
                select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid
                 where i.inhparent = 'livestream_session'::regclass""").query(String.class).list())
            .contains("livestream_session_y2023m01", "livestream_session_y2025m02", "livestream_session_" + inAYear,
                    "livestream_session_default");
        // The bounds are Gansu's midnights: 2025-02-01 00:00 +08 starts February.
        assertThat(jdbc.sql("""
                select pg_get_expr(c.relpartbound, c.oid) from pg_class c where relname = 'livestream_session_y2025m02'""")
            .query(String.class).single()).contains("2025-02-01 00:00:00+08", "2025-03-01 00:00:00+08");
        // Running it again creates nothing.
        assertThat(jdbc.sql("select livestream_ensure_partitions(date '2023-01-01', 12)").query(Integer.class).single())
            .isZero();
    }
}
