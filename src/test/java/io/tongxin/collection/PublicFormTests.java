package io.tongxin.collection;

import static io.tongxin.collection.CollectionTestData.newAddress;
import static io.tongxin.collection.CollectionTestData.newIdNumber;
import static io.tongxin.collection.CollectionTestData.newMobile;
import static io.tongxin.collection.CollectionTestData.submission;
import static io.tongxin.security.SecurityFixtures.HUANXIAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import io.tongxin.personaldata.Gender;
import io.tongxin.personaldata.IdNumbers;
import io.tongxin.security.SecurityFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** The public form without login: what is stored, what is refused, and how abuse is held back. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PublicFormTests {

    private static final String HONGDE = "621022104000";

    @Autowired
    MockMvc mvc;

    @Autowired
    SecurityFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CollectionProperties properties;

    static String clerk;

    String path;
    long campaignId;

    @BeforeEach
    void campaign() throws Exception {
        if (clerk == null) {
            clerk = fixtures.user(HUANXIAN, "COUNTY_ADMIN");
        }
        JsonNode campaign = CollectionTestData.createCampaign(mvc, clerk, HUANXIAN).path("campaign");
        path = campaign.path("path").asText();
        campaignId = campaign.path("id").asLong();
    }

    private long stored() {
        return jdbc.sql("select count(*) from collection_submission where campaign_id = :id").param("id", campaignId)
            .query(Long.class).single();
    }

    @Test
    void theFormOpensWithoutLoginWithTheConsentNoticeAndOnlyTheAskedFields() throws Exception {
        mvc.perform(get(path))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("个人信息收集说明"), containsString("敏感个人信息"),
                    containsString("环县党委统战部"), containsString("name=\"_csrf\""), containsString("id=\"website\""),
                    containsString("id=\"idNumber\""), containsString("洪德镇"), containsString("网络人士"),
                    not(containsString("id=\"address\"")), not(containsString("tx-sidebar")))));
    }

    @Test
    void aValidSubmissionIsStoredForReviewWithSensitiveValuesEncrypted() throws Exception {
        String idNumber = newIdNumber(Gender.FEMALE);
        String phone = newMobile();
        mvc.perform(submission(path, newAddress(), "白雪梅", idNumber, phone, HONGDE, "环县电商协会"))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrl(path + "/thanks"));
        Map<String, Object> row = jdbc.sql("select * from collection_submission where campaign_id = :id")
            .param("id", campaignId).query().singleRow();
        assertThat(row.get("status")).isEqualTo("PENDING");
        assertThat(row.get("name")).isEqualTo("白雪梅");
        assertThat(row.get("region_code")).isEqualTo(HUANXIAN);
        assertThat(row.get("data").toString()).contains("环县电商协会", HONGDE, "ONLINE")
            .doesNotContain(idNumber, phone, idNumber.substring(6, 14));
        assertThat(row.get("id_number_cipher").toString()).doesNotContain(idNumber.substring(6, 14));
        assertThat(row.get("phone_cipher").toString()).doesNotContain(phone.substring(3));
        assertThat(row.get("client_hash").toString()).hasSize(64).doesNotContain("10.");
        assertThat(row.get("user_agent").toString()).contains("Android");
        mvc.perform(get(path + "/thanks")).andExpect(status().isOk())
            .andExpect(content().string(containsString("提交成功")));
    }

    @Test
    void invalidInputComesBackWithChineseMessagesAtTheFieldsAndNothingIsStored() throws Exception {
        String bad = IdNumbers.withWrongCheckDigit(newIdNumber(Gender.MALE));
        mvc.perform(submission(path, newAddress(), "", bad, "1234", HONGDE, "x".repeat(201)))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("id=\"public-form-errors\""),
                    containsString("校验位错误"), containsString("此项必填"), containsString("最多 200 个字"),
                    containsString("id=\"phone-error\""), containsString("value=\"" + bad + "\""))));
        assertThat(stored()).isZero();
    }

    @Test
    void withoutConsentNothingIsStored() throws Exception {
        mvc.perform(CollectionTestData.submission(path, newAddress(), "白雪梅", newIdNumber(Gender.FEMALE),
                newMobile(), HONGDE, "环县", false))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("请阅读个人信息收集说明，并勾选同意后再提交")));
        assertThat(stored()).isZero();
    }

    @Test
    void aRegionOutsideTheCampaignIsRefused() throws Exception {
        mvc.perform(submission(path, newAddress(), "白雪梅", newIdNumber(Gender.FEMALE), newMobile(),
                SecurityFixtures.CHONGXIN, "环县"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("所选区域不在本次采集活动的范围内")));
        assertThat(stored()).isZero();
    }

    @Test
    void aFilledHoneypotLooksLikeSuccessButStoresNothing() throws Exception {
        mvc.perform(submission(path, newAddress(), "白雪梅", newIdNumber(Gender.FEMALE), newMobile(), HONGDE, "环县")
                .param("website", "http://spam.example"))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrl(path + "/thanks"));
        assertThat(stored()).isZero();
    }

    @Test
    void tooManySubmissionsFromOneAddressGetA429PageInChinese() throws Exception {
        String address = newAddress();
        for (int i = 0; i < properties.perAddressLimit(); i++) {
            mvc.perform(submission(path, address, "", "", "", HONGDE, "")).andExpect(status().isOk());
        }
        mvc.perform(submission(path, address, "白雪梅", newIdNumber(Gender.FEMALE), newMobile(), HONGDE, "环县"))
            .andExpect(status().isTooManyRequests())
            .andExpect(content().string(containsString("提交过于频繁")));
        assertThat(stored()).isZero();
        // Another address is not held back by this one.
        mvc.perform(submission(path, newAddress(), "白雪梅", newIdNumber(Gender.FEMALE), newMobile(), HONGDE, "环县"))
            .andExpect(status().is3xxRedirection());
    }

    @Test
    void aClosedOrExpiredCampaignSaysSoAndTakesNothing() throws Exception {
        jdbc.sql("update collection_campaign set open = false where id = :id").param("id", campaignId).update();
        mvc.perform(get(path)).andExpect(status().isGone())
            .andExpect(content().string(containsString("采集已结束")));
        mvc.perform(submission(path, newAddress(), "白雪梅", newIdNumber(Gender.FEMALE), newMobile(), HONGDE, "环县"))
            .andExpect(status().isGone());
        jdbc.sql("update collection_campaign set open = true, deadline = current_date - 1 where id = :id")
            .param("id", campaignId).update();
        mvc.perform(get(path)).andExpect(status().isGone());
        assertThat(stored()).isZero();
        mvc.perform(get("/c/" + "A".repeat(43))).andExpect(status().isNotFound())
            .andExpect(content().string(containsString("链接无效")));
    }

    @Test
    void anOversizedPostIsRefusedBeforeItIsRead() throws Exception {
        mvc.perform(submission(path, newAddress(), "白雪梅", newIdNumber(Gender.FEMALE), newMobile(), HONGDE, "环县")
                .param("notes", "x".repeat(properties.maxRequestBytes())))
            .andExpect(status().isPayloadTooLarge());
        assertThat(stored()).isZero();
    }
}
