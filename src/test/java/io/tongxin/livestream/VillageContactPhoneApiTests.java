package io.tongxin.livestream;

import static io.tongxin.security.SecurityFixtures.CHONGXIN;
import static io.tongxin.security.SecurityFixtures.PASSWORD;
import static io.tongxin.security.SecurityFixtures.QINGYANG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import io.tongxin.personaldata.SensitiveDataProtector;
import io.tongxin.security.SecurityFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A village contact's phone is personal data, through the API: stored encrypted only, listed masked,
 * revealed for a reason to holders of livestream:sensitive:view inside their region (audited), and
 * an edit never needs the clear value.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class VillageContactPhoneApiTests {

    /** 正宁县 (its 山河镇): no demo data; villages 200 to 203 are this class's own. */
    static final String ZHENGNING = "621025000000";
    static final String SHANHE = "621025100000";
    static final String MOBILE = "13993412345";
    static final String LANDLINE = "0934-5512345";

    @Autowired
    MockMvc mvc;

    @Autowired
    SecurityFixtures users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SensitiveDataProtector protector;

    static String clerk;
    static String liaison;
    static String leader;
    static String cityClerk;
    static String chongxinClerk;

    @BeforeEach
    void setUp() {
        if (clerk == null) {
            clerk = users.user(ZHENGNING, "COUNTY_ADMIN");
            liaison = users.user(SHANHE, "TOWNSHIP_LIAISON");
            leader = users.user(ZHENGNING, "LEADER");
            cityClerk = users.user(QINGYANG, "CITY_ADMIN");
            chongxinClerk = users.user(CHONGXIN, "COUNTY_ADMIN");
        }
    }

    @Test
    void theDatabaseHoldsOnlyCipherTextAndTheListOnlyTheMask() throws Exception {
        String village = "621025100200";
        enrol(village, MOBILE);

        Map<String, Object> row = stored(village);
        assertThat(row.get("contact_phone")).isNull();
        assertThat((String) row.get("contact_phone_cipher")).doesNotContain(MOBILE).doesNotContain("12345");
        assertThat(protector.decrypt((String) row.get("contact_phone_cipher"))).isEqualTo(MOBILE);
        assertThat(row.get("contact_phone_masked")).isEqualTo("139****2345");

        mvc.perform(get("/api/v1/livestream/villages").param("regionCode", SHANHE).param("size", "200")
                .with(httpBasic(clerk, PASSWORD)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.content[?(@.code == '" + village + "')].contactPhoneMasked").value("139****2345"))
            .andExpect(jsonPath("$.content[0].contactPhone").doesNotExist())
            .andExpect(content().string(not(containsString(MOBILE))));

    }

    @Test
    void anEditKeepsReplacesOrClearsThePhoneWithoutKnowingIt() throws Exception {
        String village = "621025100201";
        enrol(village, MOBILE);
        String cipher = (String) stored(village).get("contact_phone_cipher");

        // Without a phone the stored one stays (a client that read the list has only the mask).
        update(village, "\"contactName\":\"李主任\",\"version\":0")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.contactName").value("李主任"))
            .andExpect(jsonPath("$.contactPhoneMasked").value("139****2345"));
        assertThat(stored(village).get("contact_phone_cipher")).isEqualTo(cipher);

        // A new number replaces it; the landline keeps its area code and last four digits.
        update(village, "\"contactPhone\":\"" + LANDLINE + "\",\"version\":1")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.contactPhoneMasked").value("0934-***2345"))
            .andExpect(content().string(not(containsString("5512345"))));
        Map<String, Object> row = stored(village);
        assertThat((String) row.get("contact_phone_cipher")).doesNotContain("5512345");
        assertThat(protector.decrypt((String) row.get("contact_phone_cipher"))).isEqualTo(LANDLINE);
        assertThat(row.get("contact_phone")).isNull();

        // A new number and "clear" together are refused, in Chinese; a wrong number as before.
        update(village, "\"contactPhone\":\"13800000000\",\"clearContactPhone\":true,\"version\":2")
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("contactPhone"))
            .andExpect(jsonPath("$.errors[0].message").value(containsString("清除联系电话")));
        update(village, "\"contactPhone\":\"call me\",\"version\":2")
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].message").value("请填写正确的联系电话"));

        update(village, "\"clearContactPhone\":true,\"version\":2")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.contactPhoneMasked").doesNotExist());
        row = stored(village);
        assertThat(row.get("contact_phone_cipher")).isNull();
        assertThat(row.get("contact_phone_masked")).isNull();
    }

    @Test
    void theApiRevealsForAReasonInScopeAndAuditsIt() throws Exception {
        String village = "621025100202";
        enrol(village, LANDLINE);

        reveal(village, clerk, "{\"reason\":\"联系村干部安排直播\"}")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.field").value("CONTACT_PHONE"))
            .andExpect(jsonPath("$.value").value(LANDLINE));
        Map<String, Object> audit = jdbc.sql("""
                select actor, target_type, region_code, detail from audit_event
                 where action = 'SENSITIVE_REVEALED' and target_id = :code""")
            .param("code", village).query().singleRow();
        assertThat(audit).containsEntry("actor", clerk).containsEntry("target_type", "LIVESTREAM_VILLAGE")
            .containsEntry("region_code", village);
        assertThat((String) audit.get("detail")).contains("CONTACT_PHONE").contains("联系村干部安排直播")
            .doesNotContain("5512345");

        // A blank or missing reason is refused in Chinese, and nothing is audited.
        reveal(village, clerk, "{\"reason\":\"  \"}")
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.detail").value("查看联系电话须填写事由（至少 2 个字），事由会记入审计日志。"));
        reveal(village, clerk, "{}").andExpect(status().isBadRequest());
        assertThat(revealsOf(village)).isEqualTo(1);

        // The city sees its counties; a liaison and a leader lack the permission; another county gets 404.
        reveal(village, cityClerk, "{\"reason\":\"市级核对\"}").andExpect(status().isOk());
        reveal(village, liaison, "{\"reason\":\"联系村长\"}").andExpect(status().isForbidden());
        reveal(village, leader, "{\"reason\":\"联系村长\"}").andExpect(status().isForbidden());
        reveal(village, chongxinClerk, "{\"reason\":\"联系村长\"}")
            .andExpect(status().isNotFound())
            .andExpect(content().string(not(containsString("5512345"))));
        reveal("621025100299", clerk, "{\"reason\":\"联系村长\"}").andExpect(status().isNotFound());
        assertThat(revealsOf(village)).isEqualTo(2);

        // A village without a phone has nothing to reveal.
        String without = "621025100203";
        enrol(without, null);
        reveal(without, clerk, "{\"reason\":\"联系村长\"}")
            .andExpect(status().isNotFound())
            .andExpect(jsonPath("$.detail").value(containsString("没有登记联系电话")));
    }

    private void enrol(String village, String phone) throws Exception {
        mvc.perform(post("/api/v1/livestream/villages").with(httpBasic(clerk, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"villageCode\":\"" + village + "\",\"enrolledOn\":\"2024-05-01\",\"contactName\":\"王村长\""
                        + (phone == null ? "" : ",\"contactPhone\":\"" + phone + "\"") + "}"))
            .andExpect(status().isCreated())
            .andExpect(content().string(not(containsString(phone == null ? "\"contactPhone\"" : phone))));
    }

    private ResultActions update(String village, String json) throws Exception {
        return mvc.perform(put("/api/v1/livestream/villages/" + village).with(httpBasic(clerk, PASSWORD))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"enrolledOn\":\"2024-05-01\"," + json + "}"));
    }

    private ResultActions reveal(String village, String user, String json)
            throws Exception {
        return mvc.perform(post("/api/v1/livestream/villages/" + village + "/reveal").with(httpBasic(user, PASSWORD))
            .contentType(MediaType.APPLICATION_JSON).content(json));
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
}
