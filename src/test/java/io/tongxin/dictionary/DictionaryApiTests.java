package io.tongxin.dictionary;

import static io.tongxin.dictionary.DictionaryFixtures.item;
import static io.tongxin.dictionary.DictionaryFixtures.newType;
import static io.tongxin.security.SecurityFixtures.HUANXIAN;
import static io.tongxin.security.SecurityFixtures.PASSWORD;
import static io.tongxin.security.SecurityFixtures.QINGYANG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tongxin.security.SecurityFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DictionaryApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SecurityFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Dictionaries dictionaries;

    @Test
    @WithMockUser(username = "clerk", authorities = "member:list")
    void anySignedInUserReadsTheTypesAndTheOfferedValues() throws Exception {
        mvc.perform(get("/api/v1/dictionaries"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[0].code").value("member-category"))
            .andExpect(jsonPath("$[0].name").value("统战成员类别"))
            .andExpect(jsonPath("$[0].hierarchical").value(true))
            .andExpect(jsonPath("$[*].code", hasItem("political-affiliation")));
        mvc.perform(get("/api/v1/dictionaries/ethnicity"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$", hasSize(58)))
            .andExpect(jsonPath("$[0].code").value("01"))
            .andExpect(jsonPath("$[0].name").value("汉族"))
            .andExpect(jsonPath("$[0].parentCode").value(nullValue()))
            .andExpect(jsonPath("$[4].name").value("维吾尔族"));
        mvc.perform(get("/api/v1/dictionaries/member-category"))
            .andExpect(jsonPath("$[?(@.code == 'NSS_NEW_MEDIA')].parentCode", hasItem("NEW_SOCIAL_STRATUM")));
    }

    @Test
    @WithMockUser(username = "clerk", authorities = "member:list")
    void anUnknownTypeIsA404InChinese() throws Exception {
        mvc.perform(get("/api/v1/dictionaries/no-such-list"))
            .andExpect(status().isNotFound())
            .andExpect(jsonPath("$.detail").value("没有代码为“no-such-list”的数据字典。"));
    }

    @Test
    void anonymousCallersAreAskedToSignIn() throws Exception {
        mvc.perform(get("/api/v1/dictionaries/ethnicity")).andExpect(status().isUnauthorized());
    }

    @Test
    void theSystemAdminAddsAndEditsItemsOthersAreForbidden() throws Exception {
        String type = newType(jdbc, true);
        item(jdbc, type, "ROOT", "根", null, 10, true, true);
        String admin = fixtures.user(QINGYANG, "SYSTEM_ADMIN");
        String county = fixtures.user(HUANXIAN, "COUNTY_ADMIN");

        mvc.perform(json(post("/api/v1/dictionaries/" + type + "/items"), county,
                "{\"code\":\"KID\",\"name\":\"子\",\"parentCode\":\"ROOT\"}"))
            .andExpect(status().isForbidden())
            .andExpect(jsonPath("$.detail").value(containsString("没有执行此操作的权限")));
        mvc.perform(get("/api/v1/dictionaries/" + type + "/items").with(httpBasic(county, PASSWORD)))
            .andExpect(status().isForbidden());
        assertThat(dictionaries.find(type, "KID")).isEmpty();

        mvc.perform(json(post("/api/v1/dictionaries/" + type + "/items"), admin,
                "{\"code\":\"KID\",\"name\":\"子\",\"parentCode\":\"ROOT\",\"sortOrder\":11}"))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.code").value("KID"))
            .andExpect(jsonPath("$.parentCode").value("ROOT"))
            .andExpect(jsonPath("$.builtIn").value(false))
            .andExpect(jsonPath("$.version").value(0));
        mvc.perform(get("/api/v1/dictionaries/" + type).with(httpBasic(county, PASSWORD)))
            .andExpect(jsonPath("$[1].code").value("KID"))
            .andExpect(jsonPath("$[1].parentCode").value("ROOT"));

        // A built-in item may be renamed and disabled (its child first).
        mvc.perform(json(put("/api/v1/dictionaries/" + type + "/items/KID"), admin, "{\"enabled\":false,\"version\":0}"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.enabled").value(false));
        mvc.perform(json(put("/api/v1/dictionaries/" + type + "/items/ROOT"), admin,
                "{\"name\":\"改名的根\",\"enabled\":false,\"version\":0}"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.name").value("改名的根"))
            .andExpect(jsonPath("$.builtIn").value(true))
            .andExpect(jsonPath("$.version").value(1));
        mvc.perform(json(put("/api/v1/dictionaries/" + type + "/items/ROOT"), county, "{\"enabled\":true,\"version\":1}"))
            .andExpect(status().isForbidden());
        assertThat(dictionaries.isValid(type, "ROOT")).isFalse();
        assertThat(dictionaries.nameOf(type, "ROOT")).isEqualTo("改名的根");

        mvc.perform(get("/api/v1/dictionaries/" + type + "/items").with(httpBasic(admin, PASSWORD)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$", hasSize(2)))
            .andExpect(jsonPath("$[0].enabled").value(false));
        assertThat(jdbc.sql("select actor from audit_event where action = 'DICTIONARY_CHANGED' and target_id = :t")
            .param("t", type + ":ROOT").query(String.class).list()).containsExactly(admin);
    }

    @Test
    void badInputIs400DuplicatesAndStaleVersionsAre409AndThereIsNoDelete() throws Exception {
        String type = newType(jdbc, false);
        item(jdbc, type, "A", "甲", null, 10, true, true);
        String admin = fixtures.user(QINGYANG, "SYSTEM_ADMIN");
        String items = "/api/v1/dictionaries/" + type + "/items";

        mvc.perform(json(post(items), admin, "{\"code\":\"a-1\",\"name\":\"乙\"}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.detail").value(containsString("代码“a-1”格式不正确")));
        mvc.perform(json(post(items), admin, "{\"code\":\"B\",\"name\":\"乙\",\"parentCode\":\"A\"}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.detail").value(containsString("不分级，不能指定上级条目")));
        mvc.perform(json(post(items), admin, "{\"code\":\"A\",\"name\":\"乙\"}"))
            .andExpect(status().isConflict())
            .andExpect(jsonPath("$.detail").value(containsString("已有代码为“A”的条目")));
        mvc.perform(json(post(items), admin, "{\"code\":\"B\",\"name\":\"甲\"}"))
            .andExpect(status().isConflict())
            .andExpect(jsonPath("$.detail").value(containsString("已有名称为“甲”的条目")));
        mvc.perform(json(post("/api/v1/dictionaries/no-such-list/items"), admin, "{\"code\":\"B\",\"name\":\"乙\"}"))
            .andExpect(status().isNotFound());

        mvc.perform(json(put(items + "/A"), admin, "{\"name\":\"甲一\",\"version\":0}")).andExpect(status().isOk());
        mvc.perform(json(put(items + "/A"), admin, "{\"name\":\"甲二\",\"version\":0}"))
            .andExpect(status().isConflict())
            .andExpect(jsonPath("$.detail").value(containsString("已被他人修改")));
        mvc.perform(json(put(items + "/NOPE"), admin, "{\"name\":\"无\",\"version\":0}"))
            .andExpect(status().isNotFound());
        mvc.perform(delete(items + "/A").with(httpBasic(admin, PASSWORD)))
            .andExpect(status().isMethodNotAllowed());
        assertThat(dictionaries.nameOf(type, "A")).isEqualTo("甲一");
    }

    @Test
    @WithMockUser(username = "dict-admin", authorities = "dict:manage")
    void withMockUserTheManagePermissionIsEnough() throws Exception {
        String type = newType(jdbc, false);
        mvc.perform(post("/api/v1/dictionaries/" + type + "/items").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"TAG_1\",\"name\":\"重点关注\"}"))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.sortOrder").value(10));
        assertThat(dictionaries.codeForName(type, "重点关注")).contains("TAG_1");
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String user, String body) {
        return request.with(httpBasic(user, PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
