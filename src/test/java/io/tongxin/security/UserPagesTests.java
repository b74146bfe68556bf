package io.tongxin.security;

import static io.tongxin.security.SecurityFixtures.CHONGXIN;
import static io.tongxin.security.SecurityFixtures.HUANXIAN;
import static io.tongxin.security.SecurityFixtures.PASSWORD;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class UserPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SecurityFixtures fixtures;

    private MockHttpSession login(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(PASSWORD))
            .andReturn().getRequest().getSession();
    }

    @Test
    void aCountyScopedAdminListsOnlyTheirCountyAndCannotOpenAnotherCountysAccount() throws Exception {
        String admin = fixtures.user(HUANXIAN, "SYSTEM_ADMIN");
        String neighbour = fixtures.user(HUANXIAN, "LEADER");
        String foreign = fixtures.user(CHONGXIN, "COUNTY_ADMIN");
        MockHttpSession session = login(admin);

        // Filtered by name, since the shared test database holds many accounts.
        mvc.perform(get("/users").param("q", neighbour).session(session))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("用户管理"), containsString(neighbour),
                    containsString(">领导干部</span>"), containsString("甘肃省/庆阳市/环县"))));
        mvc.perform(get("/users").param("q", foreign).session(session))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("id=\"users-table\""),
                    not(containsString("<td>" + foreign + "</td>")))));
        mvc.perform(get("/users/" + fixtures.idOf(foreign) + "/edit").session(session))
            .andExpect(status().isNotFound());
    }

    @Test
    void creatingAnAccountInTheFormShowsTheOneTimePasswordOnce() throws Exception {
        MockHttpSession session = login(fixtures.user(SecurityFixtures.QINGYANG, "SYSTEM_ADMIN"));
        String username = "form" + System.nanoTime() % 1_000_000;
        mvc.perform(post("/users/new").session(session).with(csrf())
                .param("username", username).param("displayName", "王五")
                .param("regionCode", HUANXIAN).param("roles", "COUNTY_ADMIN"))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("initial-password"), containsString("只显示这一次"))));
    }

    @Test
    void formErrorsAreShownInChineseNextToTheField() throws Exception {
        MockHttpSession session = login(fixtures.user(SecurityFixtures.QINGYANG, "SYSTEM_ADMIN"));
        mvc.perform(post("/users/new").session(session).with(csrf())
                .param("username", "").param("regionCode", CHONGXIN))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("请填写用户名"), containsString("请至少选择一个角色"),
                    not(containsString("is-invalid\" id=\"displayName")))));
    }

    @Test
    void businessRolesCannotOpenUserManagement() throws Exception {
        MockHttpSession session = login(fixtures.user(HUANXIAN, "COUNTY_ADMIN"));
        mvc.perform(get("/users").session(session)).andExpect(status().isForbidden());
    }
}
