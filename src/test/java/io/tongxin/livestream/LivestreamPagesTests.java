package io.tongxin.livestream;

import static io.tongxin.security.SecurityFixtures.CHONGXIN;
import static io.tongxin.security.SecurityFixtures.PASSWORD;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tongxin.livestream.LivestreamFixtures.Streamer;
import io.tongxin.security.SecurityFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The 村村播 pages through the real filter chain, as users of two counties. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class LivestreamPagesTests {

    /** 华池县: no other test class and no demo data use it. */
    static final String HUACHI = "621023000000";
    static final String VILLAGE = "621023100202";

    @Autowired
    MockMvc mvc;

    @Autowired
    SecurityFixtures users;

    @Autowired
    LivestreamFixtures fixtures;

    private MockHttpSession login(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(PASSWORD))
            .andReturn().getRequest().getSession();
    }

    @Test
    void aClerkEnrolsAssignsAndRecordsByFormAndTheOverviewCounts() throws Exception {
        String clerk = users.user(HUACHI, "COUNTY_ADMIN");
        MockHttpSession session = login(clerk);
        Streamer streamer = fixtures.asUser(clerk, () -> fixtures.streamer("韩春梅", VILLAGE));

        mvc.perform(get("/livestream/villages").session(session))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("id=\"village-form\""), containsString("加入村村播"),
                    containsString("id=\"livestream-nav\""))));
        mvc.perform(post("/livestream/villages").with(csrf()).session(session).param("villageCode", "621022100000")
                .param("enrolledOn", "2025-01-01"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("请选择到村（社区）一级")));
        mvc.perform(post("/livestream/villages").with(csrf()).session(session).param("villageCode", VILLAGE)
                .param("enrolledOn", "2025-01-01").param("demonstration", "true").param("contactName", "赵支书"))
            .andExpect(status().is3xxRedirection())
            .andExpect(flash().attribute("flashSuccess", "livestream.village.enrolled"));
        mvc.perform(post("/livestream/assignments").with(csrf()).session(session)
                .param("memberId", String.valueOf(streamer.id())).param("villageCode", VILLAGE)
                .param("startedOn", "2025-01-02"))
            .andExpect(status().is3xxRedirection());
        mvc.perform(get("/livestream/streamers").session(session))
            .andExpect(content().string(allOf(containsString("韩春梅"), containsString("tab=livestream"))));
        mvc.perform(get("/livestream/sessions/new").param("streamer", String.valueOf(streamer.id())).session(session))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("id=\"session-form\""), containsString("土蜂蜜"),
                    containsString("value=\"" + VILLAGE + "\""))));
        mvc.perform(post("/livestream/sessions").with(csrf()).session(session)
                .param("streamerId", String.valueOf(streamer.id())).param("accountId", String.valueOf(streamer.accountId()))
                .param("villageCodes", VILLAGE).param("day", "2025-06-01").param("startsAt", "20:00")
                .param("endsAt", "21:30").param("totalViewers", "1500").param("orders", "30").param("gmv", "1234.5")
                .param("productCodes", "HONEY"))
            .andExpect(status().is3xxRedirection())
            .andExpect(flash().attribute("flashSuccess", "livestream.session.recorded"));
        mvc.perform(post("/livestream/sessions").with(csrf()).session(session)
                .param("streamerId", String.valueOf(streamer.id())).param("accountId", String.valueOf(streamer.accountId()))
                .param("villageCodes", VILLAGE).param("day", "2025-06-02").param("startsAt", "20:00")
                .param("endsAt", "21:30").param("gmv", "12.345"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("成交金额最多保留两位小数")));

        mvc.perform(get("/livestream").param("regionCode", VILLAGE.substring(0, 9) + "000")
                .param("from", "2025-06-01").param("to", "2025-06-30").session(session))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("id=\"livestream-month-chart\""),
                    containsString("1,234.50 元"), containsString("韩春梅"),
                    containsString("echarts.min.js"))));
        mvc.perform(get("/livestream/sessions").param("streamer", String.valueOf(streamer.id())).session(session))
            .andExpect(content().string(allOf(containsString("1,234.50 元"), containsString("抖音"))));
        mvc.perform(get("/livestream/schedules").session(session)).andExpect(status().isOk());

        // The streamer's tab on the member page, added through the member module's MemberTab.
        mvc.perform(get("/members/" + streamer.id()).session(session))
            .andExpect(content().string(containsString("id=\"tab-livestream\"")));
        mvc.perform(get("/members/" + streamer.id()).param("tab", "livestream").session(session))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("id=\"livestream-tab\""), containsString("1,234.50 元"),
                    containsString("livestream-member.js"), containsString("/livestream/streamers/" + streamer.id()
                            + "/months.json"))));
        mvc.perform(get("/livestream/streamers/" + streamer.id() + "/months.json").session(session))
            .andExpect(content().string(containsString("\"month\":\"2025-06\"")));
        Streamer notYet = fixtures.asUser(clerk, () -> fixtures.streamer("韩冬梅", VILLAGE));
        mvc.perform(get("/members/" + notYet.id()).session(session))
            .andExpect(content().string(not(containsString("id=\"tab-livestream\""))));

        // Another county sees none of it and cannot ask for it.
        MockHttpSession other = login(users.user(CHONGXIN, "COUNTY_ADMIN"));
        mvc.perform(get("/livestream/sessions").session(other))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString("韩春梅"))));
        mvc.perform(get("/livestream").param("regionCode", HUACHI).session(other))
            .andExpect(status().isNotFound());
    }
}
