package io.tongxin.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import io.tongxin.audit.AuditActions;
import io.tongxin.audit.AuditEntry;
import io.tongxin.audit.AuditLog;
import io.tongxin.audit.AuditOutcome;
import io.tongxin.shared.NavigationEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.ConfigurableMockMvcBuilder;
import org.springframework.test.web.servlet.setup.MockMvcConfigurerAdapter;
import org.springframework.web.context.WebApplicationContext;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AuditWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    List<NavigationEntry> navigation;

    @Test
    @WithMockUser(username = "auditor", authorities = "audit:read")
    void apiListsFilteredEventsNewestFirst() throws Exception {
        String actor = "web-" + UUID.randomUUID().toString().substring(0, 8);
        auditLog.record(actor, AuditEntry.of(AuditActions.LOGIN_FAILURE).outcome(AuditOutcome.FAILURE));
        auditLog.record(actor, AuditEntry.of(AuditActions.ACCOUNT_LOCKED).target("USER", "5").region("621022000000"));

        mvc.perform(get("/api/v1/audit-events").param("actor", actor).param("size", "1"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.totalElements").value(2))
            .andExpect(jsonPath("$.page").value(0))
            .andExpect(jsonPath("$.size").value(1))
            .andExpect(jsonPath("$.content.length()").value(1))
            .andExpect(jsonPath("$.content[0].action").value("ACCOUNT_LOCKED"))
            .andExpect(jsonPath("$.content[0].targetId").value("5"))
            .andExpect(jsonPath("$.content[0].regionCode").value("621022000000"))
            .andExpect(jsonPath("$.content[0].occurredAt").value(containsString("+08:00")));

        mvc.perform(get("/api/v1/audit-events").param("actor", actor).param("action", "LOGIN_FAILURE"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.totalElements").value(1))
            .andExpect(jsonPath("$.size").value(50))
            .andExpect(jsonPath("$.content[0].outcome").value("FAILURE"));
    }

    @Test
    @WithMockUser(username = "auditor", authorities = "audit:read")
    void apiExplainsBadParametersInChinese() throws Exception {
        mvc.perform(get("/api/v1/audit-events").param("size", "500"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.detail").value(containsString("每页条数")));
        mvc.perform(get("/api/v1/audit-events").param("from", "last week"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.detail").value(containsString("格式不正确")));
    }

    @Test
    @WithMockUser(username = "verifier-user", authorities = "audit:read")
    void verifyAnswersOkAndIsItselfAudited() throws Exception {
        int before = verifications("verifier-user");
        mvc.perform(get("/api/v1/audit-events/verify").with(r -> {
            r.setRemoteAddr("198.51.100.4");
            return r;
        }))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.ok").value(true))
            .andExpect(jsonPath("$.checked").isNumber())
            .andExpect(jsonPath("$.brokenAt").doesNotExist())
            .andExpect(jsonPath("$.reason").doesNotExist());
        assertThat(verifications("verifier-user")).isEqualTo(before + 1);
        String ip = jdbc.sql("SELECT client_ip FROM audit_event WHERE actor = 'verifier-user' ORDER BY id DESC LIMIT 1")
            .query(String.class).single();
        assertThat(ip).isEqualTo("198.51.100.4");
    }

    @Test
    @WithMockUser(username = "reader", authorities = "audit:read")
    void readingIsNotAudited() throws Exception {
        mvc.perform(get("/api/v1/audit-events")).andExpect(status().isOk());
        mvc.perform(get("/audit")).andExpect(status().isOk());
        int byReader = jdbc.sql("SELECT count(*) FROM audit_event WHERE actor = 'reader'").query(Integer.class).single();
        assertThat(byReader).isZero();
    }

    @Test
    @WithMockUser(username = "clerk", authorities = "member:list")
    void withoutAuditReadEverythingIsForbidden() throws Exception {
        mvc.perform(get("/api/v1/audit-events")).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit-events/verify")).andExpect(status().isForbidden());
        mvc.perform(get("/audit")).andExpect(status().isForbidden());
        mvc.perform(get("/audit/verify")).andExpect(status().isForbidden());
        assertThat(verifications("clerk")).as("a refused verification records nothing").isZero();
    }

    @Test
    @WithMockUser(username = "auditor", authorities = "audit:read")
    void pageRendersTheTableInChinese() throws Exception {
        String actor = "page-" + UUID.randomUUID().toString().substring(0, 8);
        auditLog.record(actor, AuditEntry.of(AuditActions.SENSITIVE_REVEALED).target("MEMBER", "77")
            .outcome(AuditOutcome.DENIED));

        mvc.perform(get("/audit").param("actor", actor))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("<title>审计日志</title>")))
            .andExpect(content().string(containsString("id=\"audit-table\"")))
            .andExpect(content().string(containsString("校验完整性")))
            .andExpect(content().string(containsString("查看敏感信息")))
            .andExpect(content().string(containsString("统战成员")))
            .andExpect(content().string(containsString("拒绝")))
            .andExpect(content().string(containsString("共 1 条记录")))
            .andExpect(content().string(containsString("登录失败")))
            .andExpect(content().string(not(containsString("??"))));
    }

    @Test
    @WithMockUser(username = "auditor", authorities = "audit:read")
    void htmxGetsOnlyTheResultsAndBadInputIsExplained() throws Exception {
        mvc.perform(get("/audit").header("HX-Request", "true").param("from", "2026-02-30"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"audit-results\"")))
            .andExpect(content().string(containsString("2026-02-30")))
            .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/audit").header("HX-Request", "true"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"audit-table\"")))
            .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    @WithMockUser(username = "auditor", authorities = "audit:read")
    void verifyButtonShowsTheResult() throws Exception {
        mvc.perform(get("/audit/verify").header("HX-Request", "true"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("alert-success")))
            .andExpect(content().string(containsString("完整性校验通过")));
    }

    @Test
    void navigationEntryIsContributed() {
        assertThat(navigation).contains(new NavigationEntry("audit.nav", "/audit", "journal-text", "audit:read", 90));
    }

    /**
     * Lets {@code @WithMockUser} reach MockMvc requests. Boot 4 moved this wiring into its
     * security test module, which the build does not have yet; remove this class once it does.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class MockMvcTestSecurityContext {

        @Bean
        MockMvcBuilderCustomizer testSecurityContext() {
            return builder -> builder.apply(new MockMvcConfigurerAdapter() {
                @Override
                public RequestPostProcessor beforeMockMvcCreated(ConfigurableMockMvcBuilder<?> mvcBuilder,
                        WebApplicationContext context) {
                    return SecurityMockMvcRequestPostProcessors.testSecurityContext();
                }
            });
        }
    }

    private int verifications(String actor) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'AUDIT_VERIFIED' AND actor = :a")
            .param("a", actor).query(Integer.class).single();
    }
}
