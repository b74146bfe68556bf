package io.tongxin.livestream;

import static io.tongxin.security.SecurityFixtures.CHONGXIN;
import static io.tongxin.security.SecurityFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import io.tongxin.security.SecurityFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A village contact's phone on the pages: masked in the list, revealed in its row for a reason
 * (htmx, CSRF on, audited) to holders of livestream:sensitive:view inside their region, and an edit
 * page that never holds the number.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class VillageContactPhonePagesTests {

    /** 正宁县 (its 山河镇): no demo data; villages 204, 205 and the community 002 are this class's own. */
    static final String ZHENGNING = "621025000000";
    static final String SHANHE = "621025100000";
    static final String MOBILE = "13993412345";

    @Autowired
    MockMvc mvc;

    @Autowired
    SecurityFixtures users;

    @Autowired
    JdbcClient jdbc;

    static String clerk;
    static String liaison;
    static String leader;
    static String chongxinClerk;

    @BeforeEach
    void setUp() {
        if (clerk == null) {
            clerk = users.user(ZHENGNING, "COUNTY_ADMIN");
            liaison = users.user(SHANHE, "TOWNSHIP_LIAISON");
            leader = users.user(ZHENGNING, "LEADER");
            chongxinClerk = users.user(CHONGXIN, "COUNTY_ADMIN");
        }
    }

    @Test
    void theListShowsTheMaskAndTheRevealButtonOnlyToThoseWhoMayUseIt() throws Exception {
        String village = "621025100002";
        enrol(village, MOBILE);
        mvc.perform(get("/livestream/villages").param("regionCode", SHANHE).session(login(clerk)))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("139****2345"), not(containsString(MOBILE)),
                    containsString("id=\"reveal-" + village + "-toggle\""),
                    containsString("id=\"village-edit-" + village + "\""))));
        // A leader sees the mask and no way to reveal it or edit.
        mvc.perform(get("/livestream/villages").param("regionCode", SHANHE).session(login(leader)))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("139****2345"), not(containsString(MOBILE)),
                    not(containsString("id=\"reveal-" + village + "-toggle\"")),
                    not(containsString("id=\"village-edit-" + village + "\"")))));
        // A liaison may edit the village but not reveal the phone.
        mvc.perform(get("/livestream/villages").param("regionCode", SHANHE).session(login(liaison)))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("139****2345"), not(containsString(MOBILE)),
                    not(containsString("id=\"reveal-" + village + "-toggle\"")),
                    containsString("id=\"village-edit-" + village + "\""))));
    }

    @Test
    void thePageRevealsInTheRowForAReasonAndKeepsCsrf() throws Exception {
        String village = "621025100204";
        enrol(village, MOBILE);
        MockHttpSession session = login(clerk);
        String path = "/livestream/villages/" + village + "/reveal";

        // Without the CSRF token the session is treated as expired: back to the login page, nothing shown.
        mvc.perform(post(path).session(session).header("HX-Request", "true").param("reason", "联系村长"))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrl("/login?expired"));
        assertThat(revealsOf(village)).isZero();
        mvc.perform(post(path).with(csrf()).session(login(leader)).header("HX-Request", "true")
                .param("reason", "联系村长"))
            .andExpect(status().isForbidden());
        mvc.perform(post(path).with(csrf()).session(login(chongxinClerk)).header("HX-Request", "true")
                .param("reason", "联系村长"))
            .andExpect(status().isNotFound());
        mvc.perform(post(path).with(csrf()).session(session).header("HX-Request", "true").param("reason", " "))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("查看联系电话须填写事由"), not(containsString(MOBILE)),
                    not(containsString("<html")))));
        mvc.perform(post(path).with(csrf()).session(session).header("HX-Request", "true")
                .param("reason", "联系村长安排直播"))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString(MOBILE), containsString("已记入审计"),
                    containsString("id=\"phone-" + village + "\""), not(containsString("<html")))));
        // Without htmx the list comes back, this village's phone shown and every other one masked.
        mvc.perform(post(path).with(csrf()).session(session).param("reason", "联系村长安排直播")
                .param("regionCode", SHANHE))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("id=\"village-table\""), containsString(MOBILE))));
        assertThat(revealsOf(village)).isEqualTo(2);
    }

    @Test
    void theEditPageNeverHoldsTheNumberAndAnEmptyFieldKeepsIt() throws Exception {
        String village = "621025100205";
        enrol(village, MOBILE);
        MockHttpSession session = login(clerk);
        String cipher = (String) stored(village).get("contact_phone_cipher");

        mvc.perform(get("/livestream/villages/" + village + "/edit").session(session))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("id=\"village-edit-form\""),
                    containsString("留空则不修改（现为 139****2345）"), containsString("id=\"clearContactPhone\""),
                    not(containsString(MOBILE)))));
        mvc.perform(get("/livestream/villages/" + village + "/edit").session(login(chongxinClerk)))
            .andExpect(status().isNotFound());
        mvc.perform(get("/livestream/villages/" + village + "/edit").session(login(leader)))
            .andExpect(status().isForbidden());

        mvc.perform(post("/livestream/villages/" + village).with(csrf()).session(session)
                .param("enrolledOn", "2024-05-01").param("contactName", "周书记").param("contactPhone", "")
                .param("notes", "苹果种植").param("version", "0"))
            .andExpect(status().is3xxRedirection())
            .andExpect(flash().attribute("flashSuccess", "livestream.village.updated"));
        assertThat(stored(village).get("contact_phone_cipher")).isEqualTo(cipher);
        assertThat(stored(village).get("contact_name")).isEqualTo("周书记");

        // A stale version is refused on the page in Chinese; then "clear" removes the number.
        mvc.perform(post("/livestream/villages/" + village).with(csrf()).session(session)
                .param("enrolledOn", "2024-05-01").param("clearContactPhone", "true").param("version", "0"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("该记录已被他人修改")));
        mvc.perform(post("/livestream/villages/" + village).with(csrf()).session(session)
                .param("enrolledOn", "2024-05-01").param("clearContactPhone", "true").param("version", "1"))
            .andExpect(status().is3xxRedirection());
        assertThat(stored(village).get("contact_phone_cipher")).isNull();
    }

    private void enrol(String village, String phone) throws Exception {
        mvc.perform(post("/api/v1/livestream/villages").with(httpBasic(clerk, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"villageCode\":\"" + village + "\",\"enrolledOn\":\"2024-05-01\",\"contactName\":\"王村长\""
                        + (phone == null ? "" : ",\"contactPhone\":\"" + phone + "\"") + "}"))
            .andExpect(status().isCreated())
            .andExpect(content().string(not(containsString(phone == null ? "\"contactPhone\"" : phone))));
    }

    private Map<String, Object> stored(String village) {
        return jdbc.sql("""
                select contact_name, contact_phone, contact_phone_cipher, contact_phone_masked
                  from livestream_village where village_code = :code""")
            .param("code", village).query().singleRow();
    }

    private long revealsOf(String village) {
        return jdbc.sql("select count(*) from audit_event where action = 'SENSITIVE_REVEALED' and target_id = :code")
            .param("code", village).query(Long.class).single();
    }

    private MockHttpSession login(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(PASSWORD))
            .andReturn().getRequest().getSession();
    }
}
