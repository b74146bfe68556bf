package io.tongxin.member;

import static io.tongxin.security.SecurityFixtures.HUANXIAN;
import static io.tongxin.security.SecurityFixtures.PASSWORD;
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

import io.tongxin.personaldata.Gender;
import io.tongxin.security.SecurityFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The member form shows possible duplicates while typing and merges one into the record being edited. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MemberDuplicatesPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SecurityFixtures fixtures;

    @Autowired
    JsonMapper json;

    @Test
    void theFormOffersPossibleDuplicatesAndMergesOneIntoTheEditedRecord() throws Exception {
        String clerk = fixtures.user(HUANXIAN, "COUNTY_ADMIN");
        String idNumber = MemberApiTests.newIdNumber(Gender.MALE);
        JsonNode keep = register(clerk, """
            {"name":"雷振华","idNumber":"%s","categoryCodes":["ONLINE"],"regionCode":"%s","tier":"COUNTY"}"""
            .formatted(idNumber, HUANXIAN));
        String birth = keep.path("birthDate").asString();
        JsonNode other = register(clerk, """
            {"name":"雷振华","birthDate":"%s","categoryCodes":["NSS_FREELANCER"],"regionCode":"%s","tier":"COUNTY"}"""
            .formatted(birth, HUANXIAN));
        long keepId = keep.path("id").asLong();
        long otherId = other.path("id").asLong();
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user(clerk).password(PASSWORD))
            .andReturn().getRequest().getSession();

        // Entering a new person with the same name and the ID number: both records are offered, no merge.
        mvc.perform(get("/members/duplicates").session(session).param("name", "雷振华").param("idNumber", idNumber)
                .header("HX-Request", "true"))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("data-duplicate-id=\"" + otherId + "\""),
                    containsString("姓名和出生日期相同"), not(containsString("合并到本档案")))));

        // Editing the kept record: the other one is offered for merging.
        mvc.perform(get("/members/duplicates").session(session).param("name", "雷振华").param("birthDate", birth)
                .param("excludeId", String.valueOf(keepId)).param("version", "0"))
            .andExpect(content().string(allOf(containsString("data-duplicate-id=\"" + otherId + "\""),
                    not(containsString("data-duplicate-id=\"" + keepId + "\"")), containsString("合并到本档案"))));
        mvc.perform(post("/members/" + keepId + "/merge").session(session).with(csrf())
                .param("keepVersion", "0").param("mergeId", String.valueOf(otherId)).param("mergeVersion", "0"))
            .andExpect(redirectedUrl("/members/" + keepId))
            .andExpect(flash().attribute("flashSuccess", "member.merged"));
        mvc.perform(get("/api/v1/members/" + otherId).with(httpBasic(clerk, PASSWORD))).andExpect(status().isNotFound());

        // Merging again: the other record is gone (404); a stale version of the kept one is refused.
        mvc.perform(post("/members/" + keepId + "/merge").session(session).with(csrf())
                .param("keepVersion", "1").param("mergeId", String.valueOf(otherId)).param("mergeVersion", "0"))
            .andExpect(status().isNotFound());
        long third = register(clerk, """
            {"name":"雷振华","categoryCodes":["OTHER"],"regionCode":"%s","tier":"COUNTY"}""".formatted(HUANXIAN))
            .path("id").asLong();
        mvc.perform(post("/members/" + keepId + "/merge").session(session).with(csrf())
                .param("keepVersion", "0").param("mergeId", String.valueOf(third)).param("mergeVersion", "0"))
            .andExpect(redirectedUrl("/members/" + keepId))
            .andExpect(flash().attribute("flashDanger", "member.merge-stale"));
    }

    private JsonNode register(String user, String body) throws Exception {
        return json.readTree(mvc.perform(post("/api/v1/members").with(httpBasic(user, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body))
            .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    }
}
