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
import io.tongxin.shared.PageResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.stereotype.Controller;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.WebApplicationContext;

/**
 * The shell inside the application: navigation on pages, and which failures become Chinese error
 * pages (page requests) and which stay problem details (the JSON API). MockMvc does not follow
 * {@code sendError} to Boot's error page; the browser tests see the rendered pages.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import({WebShellTests.Entries.class, WebShellTests.Pages.class, WebShellTests.Api.class})
class WebShellTests {

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @Autowired
    MessageSource messages;

    @BeforeEach
    void setUpMockMvc() {
        // Built by hand with Spring Security's test support, so @WithMockUser reaches the filter chain.
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @Test
    void springReadsTheChineseBundle() throws Exception {
        // Boot configures its MessageSource only when the base messages.properties exists.
        java.util.Properties bundle = new java.util.Properties();
        try (var reader = java.nio.file.Files.newBufferedReader(
                java.nio.file.Path.of("src/main/resources/messages_zh_CN.properties"))) {
            bundle.load(reader);
        }
        assertThat(messages.getMessage("app.name", null, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo(bundle.getProperty("app.name"));
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
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/shell-web-test/nothing-here").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isNotFound())
                .andExpect(request().attribute("errorDetail", org.hamcrest.Matchers.nullValue()));
    }

    @Test
    @WithMockUser
    void paginationLinksKeepTheFiltersAndElideFarPages() throws Exception {
        String html = mvc.perform(get("/shell-web-test/pagination").param("page", "9").param("total", "400"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains(text("list.total", 400L));
        assertThat(pageNumbers(html)).containsExactly("1", "8", "9", "10", "11", "12", "20");
        assertThat(html).contains("href=\"/shell-web-test/list?q=abc&amp;page=8\">" + text("list.previous"));
        assertThat(html).contains("href=\"/shell-web-test/list?q=abc&amp;page=10\">" + text("list.next"));
        assertThat(html).contains("aria-current=\"page\">10<");
        assertThat(html.split("&hellip;", -1)).hasSize(3);
        assertThat(html).doesNotContain("hx-get");

        String first = mvc.perform(get("/shell-web-test/pagination").param("page", "0").param("total", "45")
                        .param("target", "#results"))
                .andReturn().getResponse().getContentAsString();
        assertThat(pageNumbers(first)).containsExactly("1", "2", "3");
        assertThat(first).contains("hx-get=\"/shell-web-test/list?q=abc&amp;page=1\"", "hx-target=\"#results\"");
        assertThat(first).contains("class=\"page-item disabled\"");

        String single = mvc.perform(get("/shell-web-test/pagination").param("page", "0").param("total", "7"))
                .andReturn().getResponse().getContentAsString();
        assertThat(single).contains(text("list.total", 7L)).doesNotContain("page-link")
            .doesNotContain(text("list.paging-limit", PageResult.MAX_PAGED_ROWS));

        // A province's list: pages are offered up to the paging window, and the note says why.
        String huge = mvc.perform(get("/shell-web-test/pagination").param("page", "9").param("total", "1200000"))
                .andReturn().getResponse().getContentAsString();
        assertThat(huge).contains(text("list.total", 1_200_000L), text("list.paging-limit", PageResult.MAX_PAGED_ROWS));
        assertThat(pageNumbers(huge)).containsExactly("1", "8", "9", "10", "11", "12", "500");
    }

    private static List<String> pageNumbers(String html) {
        return java.util.regex.Pattern.compile(">(\\d+)</a>").matcher(html).results().map(m -> m.group(1)).toList();
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

        @GetMapping("/shell-web-test/pagination")
        String pagination(@RequestParam int page, @RequestParam long total, @RequestParam(required = false) String target,
                Model model) {
            model.addAttribute("result", new PageResult<>(List.of(), page, 20, total));
            model.addAttribute("q", "abc");
            model.addAttribute("target", target);
            return "shell-test/pagination";
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
