package io.tongxin.security;

import static io.tongxin.security.SecurityFixtures.HUANXIAN;
import static io.tongxin.security.SecurityFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;

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
class LoginTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SecurityFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void formLoginSucceedsWithTheRightPasswordAndFailsWithAWrongOne() throws Exception {
        String user = fixtures.user(HUANXIAN, "COUNTY_ADMIN");
        mvc.perform(formLogin("/login").user(user).password(PASSWORD))
            .andExpect(authenticated().withUsername(user))
            .andExpect(redirectedUrl("/"));
        mvc.perform(formLogin("/login").user(user).password("Wrong-Password-1"))
            .andExpect(unauthenticated())
            .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void fiveFailuresLockTheAccountEvenAgainstTheRightPassword() throws Exception {
        String user = fixtures.user(HUANXIAN, "LEADER");
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user(user).password("Wrong-Password-" + i))
                .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin("/login").user(user).password(PASSWORD))
            .andExpect(unauthenticated())
            .andExpect(redirectedUrl("/login?locked"));
        mvc.perform(get("/api/v1/users").with(httpBasic(user, PASSWORD)))
            .andExpect(status().isUnauthorized());
        // five wrong passwords, then the locked form login and the locked Basic call
        assertThat(auditCount(user, "LOGIN_FAILURE")).isEqualTo(7);
        assertThat(auditCount(user, "ACCOUNT_LOCKED")).isEqualTo(1);
        Timestamp lockedUntil = jdbc.sql("select locked_until from app_user where username = :u")
            .param("u", user).query(Timestamp.class).single();
        assertThat(lockedUntil.toInstant()).isBetween(java.time.Instant.now().plusSeconds(14 * 60),
                java.time.Instant.now().plusSeconds(15 * 60 + 5));

        // The security admin unlocks it; the right password works again.
        String security = fixtures.user(SecurityFixtures.QINGYANG, "SECURITY_ADMIN");
        mvc.perform(post("/api/v1/users/" + fixtures.idOf(user) + "/unlock").with(httpBasic(security, PASSWORD)))
            .andExpect(status().isNoContent());
        mvc.perform(formLogin("/login").user(user).password(PASSWORD)).andExpect(authenticated());
        assertThat(auditCount(security, "ACCOUNT_UNLOCKED")).isEqualTo(1);
        assertThat(auditCount(user, "LOGIN_SUCCESS")).isEqualTo(1);
    }

    @Test
    void anApiClientsRepeatedBasicCallsAreOneLoginButEveryFormLoginIsRecorded() throws Exception {
        String user = fixtures.user(HUANXIAN, "COUNTY_ADMIN");
        for (int i = 0; i < 3; i++) {
            mvc.perform(get("/api/v1/members").with(httpBasic(user, PASSWORD))).andExpect(status().isOk());
        }
        assertThat(auditCount(user, "LOGIN_SUCCESS")).isEqualTo(1);
        mvc.perform(get("/api/v1/members").with(httpBasic(user, "Wrong-Password-x"))).andExpect(status().isUnauthorized());
        assertThat(auditCount(user, "LOGIN_FAILURE")).isEqualTo(1);

        mvc.perform(formLogin("/login").user(user).password(PASSWORD)).andExpect(authenticated());
        mvc.perform(formLogin("/login").user(user).password(PASSWORD)).andExpect(authenticated());
        assertThat(auditCount(user, "LOGIN_SUCCESS")).isEqualTo(3);
    }

    private int auditCount(String actor, String action) {
        return jdbc.sql("select count(*) from audit_event where actor = :actor and action = :action")
            .param("actor", actor).param("action", action).query(Integer.class).single();
    }

    @Test
    void anExpiredLockStartsTheCountAfresh() throws Exception {
        String user = fixtures.user(HUANXIAN, "LEADER");
        jdbc.sql("update app_user set failed_attempts = 5, locked_until = now() - interval '1 minute' where username = :u")
            .param("u", user).update();
        mvc.perform(formLogin("/login").user(user).password("Wrong-Password-x")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user(user).password(PASSWORD)).andExpect(authenticated());
    }

    @Test
    void sessionRequestsWithoutACsrfTokenAreRefusedButBasicScriptsNeedNone() throws Exception {
        String admin = fixtures.user(SecurityFixtures.QINGYANG, "SYSTEM_ADMIN");
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user(admin).password(PASSWORD))
            .andExpect(authenticated()).andReturn().getRequest().getSession();
        String body = """
            {"username":"csrf%d","regionCode":"%s","roles":["LEADER"]}""";
        mvc.perform(post("/api/v1/users").session(session).contentType("application/json")
                .content(body.formatted(System.nanoTime() % 100000, HUANXIAN)))
            .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/users").session(session).with(csrf()).contentType("application/json")
                .content(body.formatted(System.nanoTime() % 100000, HUANXIAN)))
            .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/users").with(httpBasic(admin, PASSWORD)).contentType("application/json")
                .content(body.formatted(System.nanoTime() % 100000, HUANXIAN)))
            .andExpect(status().isCreated());
    }

    @Test
    void changingTheInitialPasswordLiftsTheGate() throws Exception {
        String admin = fixtures.user(SecurityFixtures.QINGYANG, "SYSTEM_ADMIN");
        long id = fixtures.idOf(fixtures.user(HUANXIAN, "COUNTY_ADMIN"));
        String username = jdbc.sql("select username from app_user where id = :id").param("id", id)
            .query(String.class).single();
        String oneTime = mvc.perform(post("/api/v1/users/" + id + "/reset-password").with(httpBasic(admin, PASSWORD)))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()
            .replaceAll(".*\"initialPassword\":\"([^\"]+)\".*", "$1");

        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(oneTime))
            .andExpect(authenticated()).andReturn().getRequest().getSession();
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(post("/account/password").session(session).with(csrf())
                .param("currentPassword", oneTime).param("newPassword", "weak").param("confirmPassword", "weak"))
            .andExpect(status().isOk())
            .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(containsString("密码太短")));
        mvc.perform(post("/account/password").session(session).with(csrf())
                .param("currentPassword", oneTime).param("newPassword", "Mine-Own-Pass-9")
                .param("confirmPassword", "Mine-Own-Pass-9"))
            .andExpect(redirectedUrl("/"));
        mvc.perform(get("/api/v1/users/" + id).with(httpBasic(admin, PASSWORD)))
            .andExpect(jsonPath("$.mustChangePassword").value(false));
        mvc.perform(formLogin("/login").user(username).password("Mine-Own-Pass-9")).andExpect(authenticated());
    }

    @Test
    void healthIsPublicMetricsNeedMonitoringAndSecurityHeadersAreSet() throws Exception {
        mvc.perform(get("/actuator/health"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.status").value("UP"))
            .andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
            .andExpect(header().string("X-Frame-Options", "DENY"))
            .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        String leader = fixtures.user(HUANXIAN, "LEADER");
        mvc.perform(get("/actuator/prometheus").with(httpBasic(leader, PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", SecurityFixtures.ADMIN_PASSWORD)))
            .andExpect(status().isOk())
            .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(containsString("jvm_memory_used_bytes")));
        mvc.perform(get("/v3/api-docs").with(httpBasic(leader, PASSWORD)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.paths['/api/v1/users']").exists());
    }
}
