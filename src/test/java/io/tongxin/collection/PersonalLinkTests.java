package io.tongxin.collection;

import static io.tongxin.collection.CollectionTestData.JSON;
import static io.tongxin.collection.CollectionTestData.newAddress;
import static io.tongxin.collection.CollectionTestData.newIdNumber;
import static io.tongxin.collection.CollectionTestData.newMobile;
import static io.tongxin.security.SecurityFixtures.CHONGXIN;
import static io.tongxin.security.SecurityFixtures.HUANXIAN;
import static io.tongxin.security.SecurityFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;

import io.tongxin.personaldata.Gender;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

/** Personal update links: made by staff (audited, scoped), shown masked, single use, expiring, reviewed against the member. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PersonalLinkTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SecurityFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    static String clerk;
    static String chongxin;

    String idNumber;
    String phone;
    long memberId;

    @BeforeEach
    void member() throws Exception {
        if (clerk == null) {
            clerk = fixtures.user(HUANXIAN, "COUNTY_ADMIN");
            chongxin = fixtures.user(CHONGXIN, "COUNTY_ADMIN");
        }
        idNumber = newIdNumber(Gender.FEMALE);
        phone = newMobile();
        String body = """
            {"name":"刘晓燕","idNumber":"%s","phone":"%s","categoryCodes":["ONLINE"],"regionCode":"621022104201",
             "tier":"TOWNSHIP","importance":"GENERAL","employer":"耿原畔村合作社","address":"环县洪德镇"}"""
            .formatted(idNumber, phone);
        memberId = JSON.readTree(mvc.perform(post("/api/v1/members").with(httpBasic(clerk, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated())
            .andReturn().getResponse().getContentAsString()).path("id").asLong();
    }

    private JsonNode createLink() throws Exception {
        return JSON.readTree(mvc.perform(post("/api/v1/collection/members/" + memberId + "/links")
                .with(httpBasic(clerk, PASSWORD)))
            .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    }

    private static String path(JsonNode link) {
        return link.path("link").asText().replace("http://localhost", "");
    }

    private MockHttpServletRequestBuilder correction(String path, String employer) {
        return post(path).with(csrf()).with(r -> {
            r.setRemoteAddr(newAddress());
            return r;
        })
            .param("name", "刘晓燕").param("idNumber", "").param("phone", "")
            .param("employer", employer).param("address", "").param("consent", "true");
    }

    @Test
    void theLinkShowsTheRecordMaskedAndIsAuditedAndExpiresInSevenDays() throws Exception {
        JsonNode link = createLink();
        assertThat(link.path("link").asText()).matches("http://localhost/u/[A-Za-z0-9_-]{43}");
        assertThat(Duration.between(Instant.now(), Instant.parse(link.path("expiresAt").asText())))
            .isBetween(Duration.ofDays(7).minusMinutes(5), Duration.ofDays(7));
        mvc.perform(get(path(link)))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("核对和更正个人信息"), containsString("耿原畔村合作社"),
                    containsString(idNumber.substring(0, 6) + "********" + idNumber.substring(14)),
                    containsString(phone.substring(0, 3) + "****" + phone.substring(7)),
                    not(containsString(idNumber)), not(containsString(phone)), containsString("个人信息收集说明"))));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'COLLECTION_LINK_CREATED' and target_id = :id")
            .param("id", String.valueOf(memberId)).query(Long.class).single()).isEqualTo(1);
        mvc.perform(post("/api/v1/collection/members/" + memberId + "/links").with(httpBasic(chongxin, PASSWORD)))
            .andExpect(status().isNotFound());
    }

    @Test
    void aLinkTakesOneSubmissionWhichIsReviewedAgainstItsMember() throws Exception {
        String path = path(createLink());
        mvc.perform(correction(path, "环县电商协会")).andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrl("/u/thanks"));
        mvc.perform(get(path)).andExpect(status().isGone()).andExpect(content().string(containsString("链接已使用")));
        mvc.perform(correction(path, "别的单位")).andExpect(status().isGone());

        long id = jdbc.sql("select id from collection_submission where member_id = :m").param("m", memberId)
            .query(Long.class).single();
        JsonNode detail = JSON.readTree(mvc.perform(get("/api/v1/collection/submissions/" + id)
            .with(httpBasic(clerk, PASSWORD))).andReturn().getResponse().getContentAsString());
        assertThat(detail.path("personalLink").asBoolean()).isTrue();
        assertThat(detail.path("memberId").asLong()).isEqualTo(memberId);
        // The employer changed and the address was emptied; the empty ID number and phone mean "keep".
        assertThat(detail.path("fields").toString()).contains("\"field\":\"employer\"", "\"field\":\"address\"");
        mvc.perform(post("/api/v1/collection/submissions/" + id + "/review").with(httpBasic(clerk, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"decisions\":{\"employer\":\"ACCEPT\",\"address\":\"REJECT\"}}"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.status").value("APPROVED"));
        mvc.perform(get("/api/v1/members/" + memberId).with(httpBasic(clerk, PASSWORD)))
            .andExpect(jsonPath("$.employer").value("环县电商协会"))
            .andExpect(jsonPath("$.address").value("环县洪德镇"))
            .andExpect(jsonPath("$.idNumberMasked").value(idNumber.substring(0, 6) + "********" + idNumber.substring(14)));
    }

    @Test
    void anExpiredLinkSaysSoAndTakesNothing() throws Exception {
        JsonNode link = createLink();
        jdbc.sql("update collection_link set expires_at = now() - interval '1 minute' where id = :id")
            .param("id", link.path("id").asLong()).update();
        mvc.perform(get(path(link))).andExpect(status().isGone())
            .andExpect(content().string(containsString("链接已过期")));
        mvc.perform(correction(path(link), "环县电商协会")).andExpect(status().isGone());
        assertThat(jdbc.sql("select count(*) from collection_submission where member_id = :m").param("m", memberId)
            .query(Long.class).single()).isZero();
    }
}
