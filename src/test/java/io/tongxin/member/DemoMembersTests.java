package io.tongxin.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.startsWith;
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

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class DemoMembersTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void demoModeRegistersMembersInBothCountiesWithOnlineAccountsAndFollowerHistory() throws Exception {
        long huanxian = count("select count(*) from member where created_by = 'demo' and region_code like '621022%'");
        long chongxin = count("select count(*) from member where created_by = 'demo' and region_code like '620823%'");
        assertThat(huanxian).isEqualTo(150);
        assertThat(chongxin).isEqualTo(150);
        assertThat(count("""
                select count(*) from member m join member_account a on a.member_id = m.id
                 where m.created_by = 'demo'""")).isBetween(30L, 120L);
        assertThat(count("""
                select min(n) from (select count(*) n from follower_snapshot s join member_account a on a.id = s.account_id
                  join member m on m.id = a.member_id where m.created_by = 'demo' group by s.account_id) t""")).isEqualTo(12);

        // The county demo user sees their own county's demo members, and only those.
        mvc.perform(get("/api/v1/members?size=200").with(httpBasic("hx_county", "Tongxin-Demo-2026")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.items[*].regionCode", everyItem(startsWith("621022"))))
            .andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.greaterThanOrEqualTo(150)));
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
