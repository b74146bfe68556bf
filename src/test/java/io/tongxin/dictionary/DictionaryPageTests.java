package io.tongxin.dictionary;

import static io.tongxin.dictionary.DictionaryFixtures.item;
import static io.tongxin.dictionary.DictionaryFixtures.newType;
import static io.tongxin.security.SecurityFixtures.HUANXIAN;
import static io.tongxin.security.SecurityFixtures.PASSWORD;
import static io.tongxin.security.SecurityFixtures.QINGYANG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tongxin.security.SecurityFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DictionaryPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SecurityFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Dictionaries dictionaries;

    private MockHttpSession login(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(PASSWORD))
            .andReturn().getRequest().getSession();
    }

    private MockHttpSession admin() throws Exception {
        return login(fixtures.user(QINGYANG, "SYSTEM_ADMIN"));
    }

    @Test
    void theSystemAdminSeesTypesAndItemsAndTheNavigationEntry() throws Exception {
        MockHttpSession session = admin();
        mvc.perform(get("/dictionaries").session(session))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("<title>数据字典</title>"),
                    containsString("href=\"/dictionaries\""), containsString("统战成员类别"),
                    containsString("民主党派成员"), containsString("私营企业和外资企业管理技术人员"),
                    containsString("id=\"dictionary-add-form\""), containsString("（无上级）"))));
        mvc.perform(get("/dictionaries/ethnicity").session(session))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("维吾尔族"), containsString("id=\"item-05\""),
                    not(containsString("（无上级）")))));
    }

    @Test
    void usersWithoutTheManagePermissionAreForbiddenAndDoNotSeeTheEntry() throws Exception {
        MockHttpSession session = login(fixtures.user(HUANXIAN, "COUNTY_ADMIN"));
        mvc.perform(get("/dictionaries").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/dictionaries/ethnicity/items/01/edit").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/").session(session))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString("href=\"/dictionaries\""))));
    }

    @Test
    void anUnknownTypeIsA404Page() throws Exception {
        mvc.perform(get("/dictionaries/no-such-list").session(admin()))
            .andExpect(status().isNotFound());
    }

    @Test
    void addingWithHtmxReturnsTheContentWithTheNewItemOrTheErrorNextToTheField() throws Exception {
        String type = newType(jdbc, false);
        MockHttpSession session = admin();

        mvc.perform(post("/dictionaries/" + type + "/items").session(session).with(csrf()).header("HX-Request", "true")
                .param("code", "bad code").param("name", "乙"))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(startsWith("<div class=\"row g-3\" id=\"dictionary-content\""),
                    containsString("代码“BAD CODE”格式不正确"), containsString("is-invalid"), containsString("value=\"乙\""))));

        mvc.perform(post("/dictionaries/" + type + "/items").session(session).with(csrf()).header("HX-Request", "true")
                .param("code", "key_person").param("name", "重点人士").param("sortOrder", ""))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("字典条目已添加。"), containsString("id=\"item-KEY_PERSON\""),
                    not(containsString("is-invalid")))));
        assertThat(dictionaries.nameOf(type, "KEY_PERSON")).isEqualTo("重点人士");

        mvc.perform(post("/dictionaries/" + type + "/items").session(session).with(csrf()).header("HX-Request", "true")
                .param("code", "KEY_PERSON").param("name", "另一个").param("sortOrder", "x"))
            .andExpect(content().string(allOf(containsString("排序号应为整数。"))));
    }

    @Test
    void addingWithoutJavaScriptRedirectsWithAFlashMessage() throws Exception {
        String type = newType(jdbc, false);
        mvc.perform(post("/dictionaries/" + type + "/items").session(admin()).with(csrf())
                .param("code", "PLAIN").param("name", "普通"))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrl("/dictionaries/" + type))
            .andExpect(flash().attribute("flashSuccess", "dictionary.created"));
    }

    @Test
    void aRowIsEditedInline() throws Exception {
        String type = newType(jdbc, true);
        item(jdbc, type, "ROOT", "根", null, 10, true, true);
        item(jdbc, type, "KID", "子", "ROOT", 11, true, true);
        MockHttpSession session = admin();
        String row = "/dictionaries/" + type + "/items/KID";

        mvc.perform(get(row + "/edit").session(session).header("HX-Request", "true"))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("<tr id=\"item-KID\" class=\"table-warning\">"),
                    containsString("form=\"edit-KID\""), containsString("id=\"edit-name\""), containsString("value=\"子\""),
                    containsString("name=\"version\""))));

        // The enabled box is left unticked: the row is disabled, and renamed.
        mvc.perform(post(row).session(session).with(csrf()).header("HX-Request", "true")
                .param("name", "子项").param("sortOrder", "12").param("version", "0"))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("<tr id=\"item-KID\" class=\"text-body-secondary table-success\">"),
                    containsString("子项"), containsString("已停用"), containsString("根"))));
        assertThat(dictionaries.find(type, "KID")).get().extracting(DictionaryItem::enabled).isEqualTo(false);

        mvc.perform(post(row).session(session).with(csrf()).header("HX-Request", "true")
                .param("name", "又改").param("sortOrder", "12").param("enabled", "true").param("version", "0"))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("table-warning"), containsString("已被他人修改"))));

        mvc.perform(get(row).session(session).header("HX-Request", "true"))
            .andExpect(content().string(allOf(containsString("<tr id=\"item-KID\" class=\"text-body-secondary\">"), containsString("子项"),
                    not(containsString("table-warning")))));
        assertThat(dictionaries.nameOf(type, "KID")).isEqualTo("子项");
    }

    @Test
    void editingWithoutJavaScriptOpensTheRowInThePage() throws Exception {
        String type = newType(jdbc, false);
        item(jdbc, type, "A", "甲", null, 10, true, true);
        MockHttpSession session = admin();
        mvc.perform(get("/dictionaries/" + type).param("edit", "A").session(session))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("<title>数据字典</title>"), containsString("form=\"edit-A\""))));
        mvc.perform(post("/dictionaries/" + type + "/items/A").session(session).with(csrf())
                .param("name", " ").param("sortOrder", "10").param("enabled", "true").param("version", "0"))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("<title>数据字典</title>"), containsString("请填写名称。"))));
        mvc.perform(post("/dictionaries/" + type + "/items/A").session(session).with(csrf())
                .param("name", "甲甲").param("sortOrder", "10").param("enabled", "true").param("version", "0"))
            .andExpect(redirectedUrl("/dictionaries/" + type))
            .andExpect(flash().attribute("flashSuccess", "dictionary.saved"));
    }
}
