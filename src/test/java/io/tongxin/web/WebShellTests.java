package io.tongxin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;
import java.util.Locale;

import io.tongxin.shared.ConflictException;
import io.tongxin.shared.NavigationEntry;
import io.tongxin.shared.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.stereotype.Controller;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The shell inside the application: navigation on pages, and which failures become Chinese error
 * pages (page requests) and which stay problem details (the JSON API). MockMvc does not follow
 * {@code sendError} to Boot's error page; the browser tests see the rendered pages.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({WebShellTests.Entries.class, WebShellTests.Pages.class, WebShellTests.Api.class})
class WebShellTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    MessageSource messages;

    @Test
    void springReadsTheChineseBundle() {
        assertThat(messages.getMessage("app.name", null, Locale.SIMPLIFIED_CHINESE)).isEqualTo("同心·网络统战信息平台");
    }

    @Test
    @WithMockUser(username = "clerk", authorities = "shell-test:members")
    void homeShowsTheEntriesTheUserMayOpen() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(view().name("home"))
                .andExpect(model().attribute("navigation", List.of(
                        new NavigationEntry("nav.home", "/", "house", null, 0), Entries.MEMBERS)))
                .andExpect(model().attribute("activeHref", "/"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"/shell-web-test/members\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("/shell-web-test/audit"))));
    }

    @Test
    @WithMockUser(authorities = "shell-test:members")
    void pageDomainFailureIsSentToTheErrorPageWithTheChineseDetail() throws Exception {
        mvc.perform(get("/shell-web-test/members/7").accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andExpect(request().attribute("errorDetail", text("error.404.detail")));
        mvc.perform(get("/shell-web-test/conflict").accept(MediaType.TEXT_HTML))
                .andExpect(status().isConflict())
                .andExpect(request().attribute("errorDetail", text("error.bad-parameter", "version")));
    }

    @Test
    @WithMockUser
    void wrongParameterOnAPageIsAnErrorPageNotJson() throws Exception {
        mvc.perform(get("/shell-web-test/members/abc").accept(MediaType.TEXT_HTML))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(""));
    }

    @Test
    @WithMockUser
    void unknownAddressFromABrowserGoesToTheErrorPage() throws Exception {
        mvc.perform(get("/shell-web-test/no-such-page").accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andExpect(content().string(""));
    }

    @Test
    @WithMockUser
    void theJsonApiKeepsItsProblemDetails() throws Exception {
        mvc.perform(get("/api/shell-web-test/items/7").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(text("error.404.detail")));
        mvc.perform(get("/api/shell-web-test/items/abc").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(text("error.bad-parameter", "id")));
        mvc.perform(get("/api/shell-web-test/nothing-here").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, Locale.SIMPLIFIED_CHINESE);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Entries {

        static final NavigationEntry MEMBERS =
                new NavigationEntry("nav.home", "/shell-web-test/members", "people", "shell-test:members", 10);

        @Bean
        NavigationEntry shellWebTestMembers() {
            return MEMBERS;
        }

        @Bean
        NavigationEntry shellWebTestAudit() {
            return new NavigationEntry("nav.home", "/shell-web-test/audit", "journal", "shell-test:audit", 20);
        }
    }

    @Controller
    static class Pages {

        @GetMapping("/shell-web-test/members/{id}")
        String member(@PathVariable long id) {
            throw new NotFoundException("error.404.detail");
        }

        @GetMapping("/shell-web-test/conflict")
        String conflict() {
            throw new ConflictException("error.bad-parameter", "version");
        }
    }

    @RestController
    static class Api {

        @GetMapping("/api/shell-web-test/items/{id}")
        String item(@PathVariable long id) {
            throw new NotFoundException("error.404.detail");
        }
    }
}
