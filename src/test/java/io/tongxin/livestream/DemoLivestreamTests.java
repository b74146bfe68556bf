package io.tongxin.livestream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** Demo mode fills 村村播 for 环县 and 崇信县 with a year of sessions that the charts can show. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class DemoLivestreamTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void demoModeHasAYearOfSessionsInBothCountiesAndTheCountyClerkSeesTheirs() throws Exception {
        assertThat(count("select count(*) from livestream_session where source = 'SYSTEM' and region_code like '621022%'"))
            .isGreaterThan(500);
        assertThat(count("select count(*) from livestream_session where source = 'SYSTEM' and region_code like '620823%'"))
            .isGreaterThan(500);
        assertThat(count("""
                select count(distinct date_trunc('month', started_at at time zone 'Asia/Shanghai'))
                  from livestream_session where source = 'SYSTEM'""")).isGreaterThanOrEqualTo(12);
        assertThat(count("select count(*) from livestream_village where demonstration and village_code like '621022%'"))
            .isPositive();
        mvc.perform(get("/api/v1/livestream/summary").with(httpBasic("hx_county", "Tongxin-Demo-2026")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.regionCode").value("621022000000"))
            .andExpect(jsonPath("$.villagesEnrolled").value(greaterThan(100)))
            .andExpect(jsonPath("$.villagesActive").value(greaterThan(10)))
            .andExpect(jsonPath("$.gmv").value(greaterThan(100000.0)));
        mvc.perform(get("/api/v1/livestream/schedules/slots").with(httpBasic("cx_county", "Tongxin-Demo-2026")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[?(@.status == 'HELD')]").exists());
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
