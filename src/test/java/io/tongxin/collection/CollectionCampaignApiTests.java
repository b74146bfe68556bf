package io.tongxin.collection;

import static io.tongxin.security.SecurityFixtures.CHONGXIN;
import static io.tongxin.security.SecurityFixtures.HUANXIAN;
import static io.tongxin.security.SecurityFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
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
import tools.jackson.databind.JsonNode;

/** Campaigns through the API: creation, rules, region scope, statistics, the QR code. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CollectionCampaignApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SecurityFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    static String huanxian;
    static String chongxin;
    static String leader;

    @BeforeEach
    void users() {
        if (huanxian == null) {
            huanxian = fixtures.user(HUANXIAN, "COUNTY_ADMIN");
            chongxin = fixtures.user(CHONGXIN, "COUNTY_ADMIN");
            leader = fixtures.user(HUANXIAN, "LEADER");
        }
    }

    @Test
    void aCampaignHasAnUnguessableLinkAlwaysAsksNameAndRegionAndStartsWithZeroStatistics() throws Exception {
        JsonNode created = CollectionTestData.createCampaign(mvc, huanxian, "621022104000", "\"PHONE\"", "\"employer\"");
        JsonNode campaign = created.path("campaign");
        String token = campaign.path("token").asText();
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(created.path("link").asText()).isEqualTo("http://localhost/c/" + token);
        assertThat(campaign.path("askedFields").toString()).contains("NAME", "REGION", "PHONE", "EMPLOYER");
        assertThat(campaign.path("requiredFields").toString()).contains("NAME", "REGION", "EMPLOYER")
            .doesNotContain("PHONE");
        assertThat(campaign.path("stats").path("submitted").asLong()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'COLLECTION_CAMPAIGN_CREATED'"
                + " and target_id = :id").param("id", campaign.path("id").asText()).query(Long.class).single())
            .isEqualTo(1);
    }

    @Test
    void aBadCampaignIsRefusedFieldByFieldInChinese() throws Exception {
        mvc.perform(post("/api/v1/collection/campaigns").with(httpBasic(huanxian, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"title":"","regionCode":"%s","categoryCodes":[],"askedFields":["SHOE_SIZE"],
                         "deadline":"2020-01-01"}""".formatted(CHONGXIN)))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("title",
                    "regionCode", "categoryCodes", "askedFields", "deadline")))
            .andExpect(jsonPath("$.detail").value(containsString("不在您的管辖范围内")))
            .andExpect(jsonPath("$.detail").value(containsString("截止日期不能早于今天")));
    }

    @Test
    void anotherCountyCannotSeeTheCampaignAndUsersWithoutThePermissionAreRefused() throws Exception {
        long id = CollectionTestData.createCampaign(mvc, huanxian, HUANXIAN).path("campaign").path("id").asLong();
        mvc.perform(get("/api/v1/collection/campaigns/" + id).with(httpBasic(chongxin, PASSWORD)))
            .andExpect(status().isNotFound())
            .andExpect(jsonPath("$.detail").value(containsString("不在您的管辖区域内")));
        mvc.perform(get("/api/v1/collection/campaigns?size=100").with(httpBasic(chongxin, PASSWORD)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.content[*].id", not(hasItem((int) id))));
        mvc.perform(get("/api/v1/collection/campaigns?size=100").with(httpBasic(huanxian, PASSWORD)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.content[*].id", hasItem((int) id)));
        mvc.perform(get("/collection/campaigns/" + id + "/qr.png").session(CollectionTestData.login(mvc, chongxin)))
            .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/collection/campaigns/" + id).with(httpBasic(leader, PASSWORD)))
            .andExpect(status().isForbidden());
    }

    @Test
    void theQrCodeIsAPngThatDecodesToTheAbsolutePublicLink() throws Exception {
        JsonNode created = CollectionTestData.createCampaign(mvc, huanxian, HUANXIAN);
        long id = created.path("campaign").path("id").asLong();
        byte[] png = mvc.perform(get("/collection/campaigns/" + id + "/qr.png").session(CollectionTestData.login(mvc, huanxian)))
            .andExpect(status().isOk())
            .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .contentType(MediaType.IMAGE_PNG))
            .andReturn().getResponse().getContentAsByteArray();
        assertThat(decode(png)).isEqualTo(created.path("link").asText())
            .endsWith("/c/" + created.path("campaign").path("token").asText());
    }

    static String decode(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
    }
}
