package io.tongxin.collection;

import static io.tongxin.collection.CollectionTestData.JSON;
import static io.tongxin.collection.CollectionTestData.newAddress;
import static io.tongxin.collection.CollectionTestData.newIdNumber;
import static io.tongxin.collection.CollectionTestData.newMobile;
import static io.tongxin.collection.CollectionTestData.submission;
import static io.tongxin.security.SecurityFixtures.CHONGXIN;
import static io.tongxin.security.SecurityFixtures.HUANXIAN;
import static io.tongxin.security.SecurityFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

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
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

/** The review queue through the API: a new person, an existing member field by field, staleness, scope, audit. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SubmissionReviewTests {

    private static final String HONGDE = "621022104000";

    @Autowired
    MockMvc mvc;

    @Autowired
    SecurityFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    static String reviewer;
    static String chongxin;

    String path;
    long campaignId;

    @BeforeEach
    void campaign() throws Exception {
        if (reviewer == null) {
            reviewer = fixtures.user(HUANXIAN, "COUNTY_ADMIN");
            chongxin = fixtures.user(CHONGXIN, "COUNTY_ADMIN");
        }
        JsonNode campaign = CollectionTestData.createCampaign(mvc, reviewer, HUANXIAN).path("campaign");
        path = campaign.path("path").asText();
        campaignId = campaign.path("id").asLong();
    }

    private JsonNode api(ResultActions actions) throws Exception {
        return JSON.readTree(actions.andReturn().getResponse().getContentAsString());
    }

    private long submit(String name, String idNumber, String phone, String employer) throws Exception {
        mvc.perform(submission(path, newAddress(), name, idNumber, phone, HONGDE, employer))
            .andExpect(status().is3xxRedirection());
        JsonNode queue = api(mvc.perform(get("/api/v1/collection/submissions?status=PENDING&campaignId=" + campaignId)
            .with(httpBasic(reviewer, PASSWORD))).andExpect(status().isOk()));
        assertThat(queue.path("content")).hasSize(1);
        return queue.path("content").get(0).path("id").asLong();
    }

    private JsonNode detail(long id) throws Exception {
        return api(mvc.perform(get("/api/v1/collection/submissions/" + id).with(httpBasic(reviewer, PASSWORD)))
            .andExpect(status().isOk()));
    }

    private ResultActions review(long id, String body) throws Exception {
        return mvc.perform(post("/api/v1/collection/submissions/" + id + "/review").with(httpBasic(reviewer, PASSWORD))
            .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private long registerMember(String name, String idNumber, String phone) throws Exception {
        String body = """
            {"name":"%s","idNumber":"%s","phone":"%s","ethnicity":"01","categoryCodes":["ONLINE"],
             "regionCode":"%s","tier":"COUNTY","importance":"KEY","employer":"环县融媒体中心","tags":["带货达人"]}"""
            .formatted(name, idNumber, phone, HUANXIAN);
        return api(mvc.perform(post("/api/v1/members").with(httpBasic(reviewer, PASSWORD))
            .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated())).path("id").asLong();
    }

    private JsonNode member(long id) throws Exception {
        return api(mvc.perform(get("/api/v1/members/" + id).with(httpBasic(reviewer, PASSWORD))).andExpect(status().isOk()));
    }

    private List<JsonNode> history(long id) throws Exception {
        List<JsonNode> rows = new ArrayList<>();
        api(mvc.perform(get("/api/v1/members/" + id + "/history").with(httpBasic(reviewer, PASSWORD)))).forEach(rows::add);
        return rows;
    }

    @Test
    void approvingANewPersonRegistersThemWithHistorySourceSelfService() throws Exception {
        String idNumber = newIdNumber(Gender.MALE);
        long id = submit("马建国", idNumber, newMobile(), "庆阳市网络文化协会");
        JsonNode detail = detail(id);
        assertThat(detail.path("newPerson").asBoolean()).isTrue();
        assertThat(detail.toString()).doesNotContain(idNumber).contains(idNumber.substring(0, 6) + "********");

        JsonNode done = api(review(id, """
            {"decisions":{"name":"ACCEPT","regionCode":"ACCEPT","idNumber":"ACCEPT","phone":"ACCEPT",
             "employer":"ACCEPT","position":"ACCEPT","categoryCodes":"ACCEPT"}}""").andExpect(status().isOk()));
        assertThat(done.path("status").asText()).isEqualTo("APPROVED");
        long memberId = done.path("memberId").asLong();
        JsonNode member = member(memberId);
        assertThat(member.path("name").asText()).isEqualTo("马建国");
        assertThat(member.path("employer").asText()).isEqualTo("庆阳市网络文化协会");
        assertThat(member.path("regionCode").asText()).isEqualTo(HONGDE);
        assertThat(member.path("tier").asText()).isEqualTo("COUNTY");
        assertThat(history(memberId)).isNotEmpty().allSatisfy(h -> assertThat(h.path("source").asText()).isEqualTo("SELF_SERVICE"));
        assertThat(jdbc.sql("select detail from audit_event where action = 'COLLECTION_SUBMISSION_REVIEWED' and target_id = :id")
            .param("id", String.valueOf(id)).query(String.class).single())
            .contains("status=APPROVED", "member=" + memberId).doesNotContain("马建国", idNumber);
        api(mvc.perform(get("/api/v1/collection/campaigns/" + campaignId).with(httpBasic(reviewer, PASSWORD)))
            .andExpect(jsonPath("$.campaign.stats.submitted").value(1))
            .andExpect(jsonPath("$.campaign.stats.approved").value(1))
            .andExpect(jsonPath("$.campaign.stats.pending").value(0)));
    }

    @Test
    void forAnExistingMemberOnlyTheAcceptedFieldChanges() throws Exception {
        String idNumber = newIdNumber(Gender.FEMALE);
        String oldPhone = newMobile();
        long memberId = registerMember("王丽娟", idNumber, oldPhone);
        String oldPhoneMasked = member(memberId).path("phoneMasked").asText();
        long id = submit("王丽娟", idNumber, newMobile(), "环县电商协会");

        JsonNode detail = detail(id);
        assertThat(detail.path("newPerson").asBoolean()).isFalse();
        assertThat(detail.path("memberId").asLong()).isEqualTo(memberId);
        assertThat(field(detail, "employer").path("changed").asBoolean()).isTrue();
        assertThat(field(detail, "employer").path("current").asText()).isEqualTo("环县融媒体中心");
        assertThat(field(detail, "phone").path("changed").asBoolean()).isTrue();
        assertThat(field(detail, "phone").path("current").asText()).isEqualTo(oldPhoneMasked);
        assertThat(field(detail, "idNumber").path("changed").asBoolean()).isFalse();
        assertThat(field(detail, "name").path("changed").asBoolean()).isFalse();

        review(id, """
            {"decisions":{"employer":"ACCEPT","phone":"REJECT"},"memberVersion":%d}"""
            .formatted(detail.path("memberVersion").asInt())).andExpect(status().isOk())
            .andExpect(jsonPath("$.status").value("APPROVED"))
            .andExpect(jsonPath("$.decisions.employer").value("ACCEPT"))
            .andExpect(jsonPath("$.decisions.phone").value("REJECT"));
        JsonNode member = member(memberId);
        assertThat(member.path("employer").asText()).isEqualTo("环县电商协会");
        assertThat(member.path("phoneMasked").asText()).isEqualTo(oldPhoneMasked);
        assertThat(member.path("tags").toString()).contains("带货达人");
        assertThat(history(memberId)).filteredOn(h -> h.path("source").asText().equals("SELF_SERVICE"))
            .extracting(h -> h.path("field").asText()).containsExactly("employer");
    }

    /** A corrected middle digit keeps the mask (139****5678): the phone is compared by keyed hash. */
    @Test
    void aPhoneThatDiffersOnlyInTheMiddleDigitsIsAChangeAndTheSamePhoneTypedOtherwiseIsNot() throws Exception {
        String idNumber = newIdNumber(Gender.MALE);
        String oldPhone = newMobile();
        String corrected = oldPhone.substring(0, 3) + (oldPhone.charAt(3) == '0' ? '1' : '0') + oldPhone.substring(4);
        long memberId = registerMember("李正", idNumber, oldPhone);
        String before = jdbc.sql("select phone_hmac from member where id = :id").param("id", memberId)
            .query(String.class).single();

        long sameTypedOtherwise = submit("李正", idNumber,
                oldPhone.substring(0, 3) + " " + oldPhone.substring(3, 7) + "-" + oldPhone.substring(7), "环县融媒体中心");
        assertThat(field(detail(sameTypedOtherwise), "phone").path("changed").asBoolean()).isFalse();
        review(sameTypedOtherwise, "{\"decisions\":{},\"reason\":\"无变化\"}").andExpect(status().isOk());

        long id = submit("李正", idNumber, corrected, "环县融媒体中心");
        JsonNode detail = detail(id);
        assertThat(field(detail, "phone").path("submitted").asText()).as("the same mask")
            .isEqualTo(field(detail, "phone").path("current").asText());
        assertThat(field(detail, "phone").path("changed").asBoolean()).isTrue();
        review(id, """
            {"decisions":{"phone":"ACCEPT"},"memberVersion":%d}""".formatted(detail.path("memberVersion").asInt()))
            .andExpect(status().isOk()).andExpect(jsonPath("$.decisions.phone").value("ACCEPT"));
        assertThat(jdbc.sql("select phone_hmac from member where id = :id").param("id", memberId)
            .query(String.class).single()).isNotEqualTo(before);
    }

    @Test
    void aRecordChangedSinceTheReviewerLookedIsRefusedAndNothingIsApplied() throws Exception {
        String idNumber = newIdNumber(Gender.MALE);
        long memberId = registerMember("李志强", idNumber, newMobile());
        long id = submit("李志强", idNumber, newMobile(), "环县电商协会");
        int seen = detail(id).path("memberVersion").asInt();
        mvc.perform(put("/api/v1/members/" + memberId).with(httpBasic(reviewer, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                    {"name":"李志强","ethnicity":"01","categoryCodes":["ONLINE"],"regionCode":"%s","tier":"COUNTY",
                     "importance":"KEY","employer":"环县文旅局","version":%d}""".formatted(HUANXIAN, seen)))
            .andExpect(status().isOk());
        review(id, """
            {"decisions":{"employer":"ACCEPT"},"memberVersion":%d}""".formatted(seen))
            .andExpect(status().isConflict())
            .andExpect(jsonPath("$.detail").value(containsString("已被他人修改")));
        assertThat(member(memberId).path("employer").asText()).isEqualTo("环县文旅局");
        assertThat(detail(id).path("status").asText()).isEqualTo("PENDING");
    }

    @Test
    void rejectingNeedsAReasonAndASubmissionIsReviewedOnlyOnce() throws Exception {
        long id = submit("赵敏", newIdNumber(Gender.FEMALE), newMobile(), "环县电商协会");
        review(id, "{\"decisions\":{}}").andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.detail").value(containsString("请填写原因")));
        review(id, "{\"decisions\":{\"name\":\"REJECT\"},\"reason\":\"非本县人员\"}").andExpect(status().isOk())
            .andExpect(jsonPath("$.status").value("REJECTED"))
            .andExpect(jsonPath("$.reviewReason").value("非本县人员"));
        review(id, "{\"decisions\":{\"name\":\"ACCEPT\",\"regionCode\":\"ACCEPT\"}}").andExpect(status().isConflict());
        review(id, "{\"decisions\":{\"shoeSize\":\"ACCEPT\"}}").andExpect(status().isBadRequest());
    }

    @Test
    void anotherCountysReviewerCannotSeeOrReviewTheSubmission() throws Exception {
        long id = submit("孙悦", newIdNumber(Gender.FEMALE), newMobile(), "环县电商协会");
        mvc.perform(get("/api/v1/collection/submissions/" + id).with(httpBasic(chongxin, PASSWORD)))
            .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/collection/submissions/" + id + "/review").with(httpBasic(chongxin, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"decisions\":{},\"reason\":\"x\"}"))
            .andExpect(status().isNotFound());
        JsonNode queue = api(mvc.perform(get("/api/v1/collection/submissions?size=100").with(httpBasic(chongxin, PASSWORD))));
        queue.path("content").forEach(s -> assertThat(s.path("id").asLong()).isNotEqualTo(id));
    }

    private static JsonNode field(JsonNode detail, String name) {
        for (JsonNode f : detail.path("fields")) {
            if (f.path("field").asText().equals(name)) {
                return f;
            }
        }
        throw new AssertionError("no field " + name + " in " + detail);
    }
}
