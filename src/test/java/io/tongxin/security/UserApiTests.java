package io.tongxin.security;

import static io.tongxin.security.SecurityFixtures.CHONGXIN;
import static io.tongxin.security.SecurityFixtures.HUANXIAN;
import static io.tongxin.security.SecurityFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class UserApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SecurityFixtures fixtures;

    @Autowired
    JsonMapper json;

    @Test
    void anonymousCallersGetAChineseProblemDetailAndABasicChallenge() throws Exception {
        mvc.perform(get("/api/v1/users"))
            .andExpect(status().isUnauthorized())
            .andExpect(header().string("WWW-Authenticate", startsWith("Basic")))
            .andExpect(jsonPath("$.status").value(401))
            .andExpect(jsonPath("$.detail").value(containsString("请先登录")));
    }

    @Test
    void theFirstAdminLogsInWithHttpBasicAndSeesTheUserList() throws Exception {
        mvc.perform(get("/api/v1/users").with(httpBasic("admin", SecurityFixtures.ADMIN_PASSWORD)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.content[*].username", hasItem("admin")))
            .andExpect(jsonPath("$.content[?(@.username == 'admin')].roles[0]", hasItem("SYSTEM_ADMIN")))
            .andExpect(jsonPath("$.totalElements").isNumber());
    }

    @Test
    void theRolesApiListsTheBuiltInRolesWithTheirPermissionCodes() throws Exception {
        mvc.perform(get("/api/v1/roles").with(httpBasic("admin", SecurityFixtures.ADMIN_PASSWORD)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[0].code").value("CITY_ADMIN"))
            .andExpect(jsonPath("$[0].name").value("市级管理员"))
            .andExpect(jsonPath("$[?(@.code == 'AUDIT_ADMIN')].permissions[*]", org.hamcrest.Matchers.contains("audit:read")))
            .andExpect(jsonPath("$[?(@.code == 'SYSTEM_ADMIN')].permissions[*]",
                    not(hasItem("member:list"))));
    }

    @Test
    void aCountyAdministratorHasNoUserManagementPermission() throws Exception {
        String county = fixtures.user(HUANXIAN, "COUNTY_ADMIN");
        mvc.perform(get("/api/v1/users").with(httpBasic(county, PASSWORD)))
            .andExpect(status().isForbidden())
            .andExpect(jsonPath("$.detail").value(containsString("没有执行此操作的权限")));
    }

    @Test
    void aCountyScopedAdminNeitherSeesNorReachesAnotherCountysUsers() throws Exception {
        String huanxianAdmin = fixtures.user(HUANXIAN, "SYSTEM_ADMIN");
        String chongxinUser = fixtures.user(CHONGXIN, "COUNTY_ADMIN");
        long chongxinId = fixtures.idOf(chongxinUser);

        mvc.perform(get("/api/v1/users/" + chongxinId).with(httpBasic(huanxianAdmin, PASSWORD)))
            .andExpect(status().isNotFound())
            .andExpect(jsonPath("$.detail").value(containsString("不在您的管辖区域内")));
        mvc.perform(get("/api/v1/users?size=200").with(httpBasic(huanxianAdmin, PASSWORD)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.content[*].regionCode", everyItem(startsWith("621022"))))
            .andExpect(jsonPath("$.content[*].username", not(hasItem(chongxinUser))));
        mvc.perform(post("/api/v1/users").with(httpBasic(huanxianAdmin, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                    {"username":"outside%d","regionCode":"%s","roles":["COUNTY_ADMIN"]}"""
                    .formatted(System.nanoTime() % 100000, CHONGXIN)))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.detail").value(containsString("不在您的管辖范围内")));
    }

    @Test
    void aCreatedUserGetsAOneTimePasswordAndMustChangeItFirst() throws Exception {
        String username = "new" + System.nanoTime() % 1_000_000;
        String body = mvc.perform(post("/api/v1/users").with(httpBasic("admin", SecurityFixtures.ADMIN_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                    {"username":"%s","displayName":"张三","regionCode":"%s","roles":["COUNTY_ADMIN"]}"""
                    .formatted(username, HUANXIAN)))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.account.username").value(username))
            .andExpect(jsonPath("$.account.mustChangePassword").value(true))
            .andReturn().getResponse().getContentAsString();
        String initial = json.readTree(body).path("initialPassword").asString();
        assertThat(initial).hasSize(14);

        mvc.perform(get("/api/v1/regions").with(httpBasic(username, initial)))
            .andExpect(status().isForbidden())
            .andExpect(jsonPath("$.detail").value(containsString("修改密码")));
    }

    @Test
    void weakPasswordsDuplicateNamesAndMixedAdminRolesAreRefusedInChinese() throws Exception {
        String admin = fixtures.user(SecurityFixtures.QINGYANG, "SYSTEM_ADMIN");
        mvc.perform(post("/api/v1/users").with(httpBasic(admin, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("""
                    {"username":"weak%d","regionCode":"%s","roles":["LEADER"],"password":"short"}"""
                    .formatted(System.nanoTime() % 100000, HUANXIAN)))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.detail").value(containsString("密码太短")));
        mvc.perform(post("/api/v1/users").with(httpBasic(admin, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("""
                    {"username":"admin","regionCode":"%s","roles":["LEADER"]}""".formatted(HUANXIAN)))
            .andExpect(status().isConflict())
            .andExpect(jsonPath("$.detail").value(containsString("已被使用")));
        mvc.perform(post("/api/v1/users").with(httpBasic(admin, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("""
                    {"username":"mix%d","regionCode":"%s","roles":["SYSTEM_ADMIN","AUDIT_ADMIN"]}"""
                    .formatted(System.nanoTime() % 100000, HUANXIAN)))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.detail").value(containsString("三员分立")));
        mvc.perform(post("/api/v1/users").with(httpBasic(admin, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("""
                    {"username":"ghost%d","regionCode":"621022999000","roles":["LEADER"]}"""
                    .formatted(System.nanoTime() % 100000)))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.detail").value(containsString("621022999000")));
        mvc.perform(post("/api/v1/users").with(httpBasic(admin, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"regionCode\":\"" + HUANXIAN + "\"}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[*].field", hasItem("username")));
    }

    @Test
    void aStaleVersionIsRefusedNotOverwritten() throws Exception {
        String target = fixtures.user(HUANXIAN, "LEADER");
        long id = fixtures.idOf(target);
        JsonNode before = read(mvc.perform(get("/api/v1/users/" + id).with(httpBasic("admin",
                SecurityFixtures.ADMIN_PASSWORD))).andReturn().getResponse().getContentAsString());
        int version = before.path("version").asInt();
        String change = """
            {"username":"%s","displayName":"%s","regionCode":"%s","roles":["LEADER"],"version":%d}""";

        mvc.perform(put("/api/v1/users/" + id).with(httpBasic("admin", SecurityFixtures.ADMIN_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(change.formatted(target, "第一次", HUANXIAN, version)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.displayName").value("第一次"));
        mvc.perform(put("/api/v1/users/" + id).with(httpBasic("admin", SecurityFixtures.ADMIN_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(change.formatted(target, "第二次", HUANXIAN, version)))
            .andExpect(status().isConflict())
            .andExpect(jsonPath("$.detail").value(containsString("已被他人修改")));
        mvc.perform(get("/api/v1/users/" + id).with(httpBasic("admin", SecurityFixtures.ADMIN_PASSWORD)))
            .andExpect(jsonPath("$.displayName").value("第一次"));
    }

    private JsonNode read(String body) {
        return json.readTree(body);
    }
}
