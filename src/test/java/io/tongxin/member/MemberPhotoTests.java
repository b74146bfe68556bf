package io.tongxin.member;

import static io.tongxin.security.SecurityFixtures.CHONGXIN;
import static io.tongxin.security.SecurityFixtures.HUANXIAN;
import static io.tongxin.security.SecurityFixtures.PASSWORD;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import io.tongxin.security.SecurityFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MemberPhotoTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SecurityFixtures fixtures;

    @Autowired
    JsonMapper json;

    @Test
    void aPhotoIsCheckedByContentStoredAndServedOnlyInScope() throws Exception {
        String clerk = fixtures.user(HUANXIAN, "COUNTY_ADMIN");
        long id = json.readTree(mvc.perform(post("/api/v1/members").with(httpBasic(clerk, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                    {"name":"照片测试","categoryCodes":["OTHER"],"regionCode":"%s","tier":"COUNTY"}"""
                    .formatted(HUANXIAN)))
            .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).path("id").asLong();
        byte[] png = png(120, 160);

        mvc.perform(get("/api/v1/members/" + id + "/photo").with(httpBasic(clerk, PASSWORD)))
            .andExpect(status().isNotFound());
        mvc.perform(upload(id, "photo.png", png).with(httpBasic(clerk, PASSWORD)))
            .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/members/" + id + "/photo").with(httpBasic(clerk, PASSWORD)))
            .andExpect(status().isOk())
            .andExpect(content().contentType("image/png"))
            .andExpect(content().bytes(png))
            .andExpect(header().string("Cache-Control", containsString("private")));

        mvc.perform(upload(id, "photo.jpg", "not an image at all".getBytes()).with(httpBasic(clerk, PASSWORD)))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.detail").value(containsString("JPG 或 PNG")));
        mvc.perform(upload(id, "wide.png", png(4001, 2)).with(httpBasic(clerk, PASSWORD)))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.detail").value(containsString("4000")));
        mvc.perform(get("/api/v1/members/" + id + "/photo")
                .with(httpBasic(fixtures.user(CHONGXIN, "COUNTY_ADMIN"), PASSWORD)))
            .andExpect(status().isNotFound());
        mvc.perform(upload(id, "photo.png", png).with(httpBasic(fixtures.user(HUANXIAN, "LEADER"), PASSWORD)))
            .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/members/" + id + "/history").with(httpBasic(clerk, PASSWORD)))
            .andExpect(jsonPath("$[0].field").value("photo"));
    }

    private static org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder upload(long id,
            String name, byte[] bytes) {
        return (org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder)
            multipart(HttpMethod.PUT, "/api/v1/members/" + id + "/photo")
                .file(new MockMultipartFile("file", name, "application/octet-stream", bytes));
    }

    private static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0xAA2222);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
