package io.tongxin.member;

import static io.tongxin.member.ImportFiles.TEMPLATE_HEADER;
import static io.tongxin.member.ImportFiles.row;
import static io.tongxin.security.SecurityFixtures.HUANXIAN;
import static io.tongxin.security.SecurityFixtures.PASSWORD;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import io.tongxin.security.SecurityFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MemberImportPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SecurityFixtures fixtures;

    private MockHttpSession login(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(PASSWORD))
            .andReturn().getRequest().getSession(false);
    }

    @Test
    void aRefusedUploadIsExplainedUnderTheFileField() throws Exception {
        MockHttpSession session = login(fixtures.user(HUANXIAN, "COUNTY_ADMIN"));

        mvc.perform(multipart("/members/import").file(new MockMultipartFile("file", "照片.png", "image/png",
                new byte[] {1, 2, 3})).session(session).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("is-invalid")))
            .andExpect(content().string(containsString("只能导入 Excel 文件")));
    }

    @Test
    void theImportPageShowsTheReportAndRefusesAllOrNothingForAFileWithErrors() throws Exception {
        String clerk = fixtures.user(HUANXIAN, "COUNTY_ADMIN");
        MockHttpSession session = login(clerk);
        String tag = MemberImportTests.unique("页");
        var job = new ImportApi(mvc, clerk).validate("p.xlsx", ImportFiles.xlsx(TEMPLATE_HEADER, List.of(
                row(tag + "甲", "女", null, null, "网络人士", "环县", "县管"),
                row(tag + "乙", "女", null, null, "网络人士", "火星", "县管"))));
        String id = job.read("$.id");

        mvc.perform(get("/imports/member/{id}", id).session(session))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("区划“火星”不存在")))
            .andExpect(content().string(containsString("id=\"import-commit\"")))
            .andExpect(content().string(not(containsString("hx-trigger=\"every 1s\""))));

        mvc.perform(post("/imports/member/{id}/commit", id).param("mode", "ALL_OR_NOTHING").session(session)
                .with(csrf()))
            .andExpect(redirectedUrl("/imports/member/" + id))
            .andExpect(flash().attribute("commitError", containsString("还有 1 行有误")));

        MockHttpSession stranger = login(fixtures.user(HUANXIAN, "COUNTY_ADMIN"));
        mvc.perform(get("/imports/member/{id}", id).session(stranger)).andExpect(status().isNotFound());
    }
}
