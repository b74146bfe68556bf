package io.tongxin.collection;

import static io.tongxin.collection.CollectionTestData.login;
import static io.tongxin.collection.CollectionTestData.newAddress;
import static io.tongxin.collection.CollectionTestData.newIdNumber;
import static io.tongxin.collection.CollectionTestData.newMobile;
import static io.tongxin.collection.CollectionTestData.submission;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tongxin.personaldata.Gender;
import io.tongxin.security.SecurityFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** The staff pages: campaign list, new campaign, campaign page, queue, review page, the member page's button. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CollectionPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SecurityFixtures fixtures;

    static String clerk;
    static String leader;

    MockHttpSession session;

    @BeforeEach
    void users() throws Exception {
        if (clerk == null) {
            clerk = fixtures.user(HUANXIAN, "COUNTY_ADMIN");
            leader = fixtures.user(HUANXIAN, "LEADER");
        }
        session = login(mvc, clerk);
    }

    @Test
    void aClerkCreatesACampaignOnThePageAndSeesItsLinkQrCodeAndStatistics() throws Exception {
        mvc.perform(get("/collection/campaigns/new").session(session))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("新建采集活动"), containsString("必填（固定）"),
                    containsString("region-picker"))));
        mvc.perform(post("/collection/campaigns/new").session(session).with(csrf())
                .param("title", "").param("regionCode", HUANXIAN).param("deadline", "2020-01-01"))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("请填写活动名称"), containsString("截止日期不能早于今天"),
                    containsString("请至少选择一个目标统战类别"))));
        String location = mvc.perform(post("/collection/campaigns/new").session(session).with(csrf())
                .param("title", "环县直播带货能手信息采集").param("regionCode", HUANXIAN)
                .param("categoryCodes", "ONLINE").param("askedFields", "PHONE", "EMPLOYER")
                .param("requiredFields", "PHONE").param("deadline", java.time.LocalDate.now().plusDays(5).toString()))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrlPattern("/collection/campaigns/*"))
            .andExpect(flash().attribute("flashSuccess", "collection.campaign.saved"))
            .andReturn().getResponse().getRedirectedUrl();
        String id = location.substring(location.lastIndexOf('/') + 1);
        mvc.perform(get(location).session(session))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("环县直播带货能手信息采集"), containsString("http://localhost/c/"),
                    containsString("data-tx-copy=\"#campaign-link\""), containsString("/collection/campaigns/" + id + "/qr.png"),
                    containsString("id=\"stat-pending\""), containsString("采集中"))));
        mvc.perform(get("/collection/campaigns").session(session))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("环县直播带货能手信息采集"), containsString("campaign-row-" + id))));
        mvc.perform(post("/collection/campaigns/" + id + "/open").param("open", "false").session(session).with(csrf()))
            .andExpect(status().is3xxRedirection());
        mvc.perform(get(location).session(session)).andExpect(content().string(containsString("id=\"campaign-state\">已结束")));
    }

    @Test
    void theReviewPageShowsTheDiffAndAppliesTheChosenFields() throws Exception {
        JsonNode campaign = CollectionTestData.createCampaign(mvc, clerk, HUANXIAN).path("campaign");
        String idNumber = newIdNumber(Gender.MALE);
        String body = """
            {"name":"杜海涛","idNumber":"%s","phone":"%s","categoryCodes":["ONLINE"],"regionCode":"%s",
             "tier":"COUNTY","importance":"GENERAL","employer":"环县融媒体中心","position":"记者"}"""
            .formatted(idNumber, newMobile(), HUANXIAN);
        JsonNode member = CollectionTestData.JSON.readTree(mvc.perform(post("/api/v1/members")
                .with(httpBasic(clerk, PASSWORD)).contentType("application/json").content(body))
            .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        mvc.perform(submission(campaign.path("path").asText(), newAddress(), "杜海涛", idNumber, newMobile(),
                HUANXIAN, "环县电商协会")).andExpect(status().is3xxRedirection());
        String queue = mvc.perform(get("/collection/submissions").param("campaignId", campaign.path("id").asText())
                .session(session))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(queue).contains("杜海涛", "待审核");
        String id = queue.replaceAll("(?s).*submission-row-(\\d+).*", "$1");
        mvc.perform(get("/collection/submissions/" + id).session(session))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("此人已有档案"), containsString("环县融媒体中心"),
                    containsString("环县电商协会"), containsString("decision-employer-accept"),
                    containsString("decision-position-reject"), not(containsString(idNumber)))));
        mvc.perform(post("/collection/submissions/" + id + "/review").session(session).with(csrf())
                .param("action", "approve").param("memberVersion", member.path("version").asText())
                .param("decisions[employer]", "ACCEPT").param("decisions[position]", "REJECT")
                .param("decisions[phone]", "REJECT"))
            .andExpect(status().is3xxRedirection())
            .andExpect(flash().attribute("flashSuccess", "collection.review.approved"));
        JsonNode after = CollectionTestData.JSON.readTree(mvc.perform(get("/api/v1/members/" + member.path("id").asText())
            .with(httpBasic(clerk, PASSWORD))).andReturn().getResponse().getContentAsString());
        assertThat(after.path("employer").asText()).isEqualTo("环县电商协会");
        assertThat(after.path("position").asText()).isEqualTo("记者");
        mvc.perform(get("/collection/submissions/" + id).session(session))
            .andExpect(content().string(allOf(containsString("已采纳"), containsString("未采纳"),
                    containsString("id=\"review-outcome\""))));
    }

    @Test
    void theMemberPageOffersAPersonalLinkOnlyToReviewersAndOthersCannotOpenCollectionPages() throws Exception {
        String body = """
            {"name":"韩梅","idNumber":"%s","categoryCodes":["ONLINE"],"regionCode":"%s","tier":"COUNTY",
             "importance":"GENERAL"}""".formatted(newIdNumber(Gender.FEMALE), HUANXIAN);
        String memberId = CollectionTestData.JSON.readTree(mvc.perform(post("/api/v1/members")
                .with(httpBasic(clerk, PASSWORD)).contentType("application/json").content(body))
            .andReturn().getResponse().getContentAsString()).path("id").asText();
        mvc.perform(get("/members/" + memberId).session(session))
            .andExpect(content().string(containsString("id=\"member-collection-link\"")));
        MockHttpSession leaderSession = login(mvc, leader);
        mvc.perform(get("/members/" + memberId).session(leaderSession))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString("member-collection-link"))));
        mvc.perform(get("/collection/campaigns").session(leaderSession)).andExpect(status().isForbidden());
        mvc.perform(get("/").session(session)).andExpect(content().string(containsString("/collection/campaigns")));
    }
}
