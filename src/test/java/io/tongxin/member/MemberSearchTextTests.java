package io.tongxin.member;

import static io.tongxin.security.SecurityFixtures.HUANXIAN;
import static io.tongxin.security.SecurityFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import io.tongxin.security.SecurityFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The search box at the lengths people type: one or two characters of a name (which the n-gram
 * index of V61 serves and trigrams could not), longer text that shares every pair of characters
 * with a name without being in it, account names and handles, and the paging window.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MemberSearchTextTests {

    /** Rare characters, so that a random pair of them names nobody else in the shared test database. */
    private static final String RARE = "夔龑燚犇骉羴猋淼焱垚鑫赑翀靐鱻";

    @Autowired
    MockMvc mvc;

    @Autowired
    SecurityFixtures fixtures;

    @Autowired
    JsonMapper json;

    String clerk;

    @BeforeEach
    void clerk() {
        clerk = fixtures.user(HUANXIAN, "COUNTY_ADMIN");
    }

    @Test
    void oneAndTwoCharactersOfANameFindTheMember() throws Exception {
        String given = rareText(2);
        long id = register("覃" + given);

        assertThat(idsFound(given.substring(0, 1))).contains(id);
        assertThat(idsFound(given)).contains(id);
        assertThat(idsFound("覃" + given.charAt(0))).contains(id);
        assertThat(idsFound(given.charAt(1) + "覃")).doesNotContain(id);
    }

    @Test
    void longerTextMustBeInTheNameNotJustShareItsPairs() throws Exception {
        String a = String.valueOf(RARE.charAt(ThreadLocalRandom.current().nextInt(RARE.length())));
        String b = rareOtherThan(a);
        // "abba" holds the pairs ab and ba, as does the query "aba", which is nevertheless not in it.
        long id = register("林" + a + b + b + a);

        assertThat(idsFound(a + b + b)).contains(id);
        assertThat(idsFound(a + b + a)).doesNotContain(id);
    }

    @Test
    void accountDisplayNamesAndShortHandleFragmentsAreFound() throws Exception {
        long id = register("覃" + rareText(2));
        String display = "说" + rareText(3) + "三农";
        String handle = "qx" + System.nanoTime() % 1_000_000_000L;
        mvc.perform(post("/api/v1/members/" + id + "/accounts").with(httpBasic(clerk, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                    {"platformCode":"DOUYIN","handle":"%s","displayName":"%s","followers":1000}"""
                    .formatted(handle, display)))
            .andExpect(status().isCreated());

        assertThat(idsFound(display.substring(1, 3))).contains(id);
        assertThat(idsFound(display.substring(2, 3))).contains(id);
        assertThat(idsFound(handle.substring(2, 8))).contains(id);
        assertThat(idsFound("qx")).contains(id);
        assertThat(idsFound(handle.substring(2).toUpperCase() + "x")).doesNotContain(id);
    }

    @Test
    void wildcardsAreTextAndTotalsAreRightWithOrWithoutACount() throws Exception {
        String given = rareText(4);
        List<Long> ids = List.of(register("甲" + given), register("乙" + given), register("丙" + given));

        assertThat(idsFound(given + "%")).isEmpty();
        assertThat(idsFound("_" + given)).isEmpty();
        // A page that is not full tells the total itself; a full one is followed by a count.
        JsonNode all = search(given, 20, 0);
        assertThat(all.path("total").asLong()).isEqualTo(3);
        assertThat(all.path("items").size()).isEqualTo(3);
        JsonNode first = search(given, 2, 0);
        assertThat(first.path("total").asLong()).isEqualTo(3);
        assertThat(first.path("items").size()).isEqualTo(2);
        JsonNode second = search(given, 2, 1);
        assertThat(second.path("total").asLong()).isEqualTo(3);
        assertThat(ids).contains(second.path("items").get(0).path("id").asLong());
    }

    @Test
    void pagesPastTheWindowAreRefusedWithAHint() throws Exception {
        mvc.perform(get("/api/v1/members").param("size", "20").param("page", "500").with(httpBasic(clerk, PASSWORD)))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.detail", containsString("10000")))
            .andExpect(jsonPath("$.detail", containsString("导出")));
        mvc.perform(get("/api/v1/members").param("size", "20").param("page", "499").with(httpBasic(clerk, PASSWORD)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.page").value(499));
    }

    private long register(String name) throws Exception {
        String body = """
            {"name":"%s","categoryCodes":["ONLINE"],"regionCode":"%s","tier":"COUNTY","importance":"GENERAL"}"""
            .formatted(name, HUANXIAN);
        var response = mvc.perform(post("/api/v1/members").with(httpBasic(clerk, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        return json.readTree(response.getContentAsString()).path("id").asLong();
    }

    private List<Long> idsFound(String q) throws Exception {
        JsonNode page = search(q, 200, 0);
        return page.path("items").valueStream().map(item -> item.path("id").asLong()).toList();
    }

    private JsonNode search(String q, int size, int page) throws Exception {
        return json.readTree(mvc.perform(get("/api/v1/members").param("q", q).param("size", String.valueOf(size))
                .param("page", String.valueOf(page)).with(httpBasic(clerk, PASSWORD)))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    /** {@code length} rare characters, no two neighbours alike. */
    private static String rareText(int length) {
        StringBuilder text = new StringBuilder(rareOtherThan(""));
        while (text.length() < length) {
            text.append(rareOtherThan(text.substring(text.length() - 1)));
        }
        return text.toString();
    }

    private static String rareOtherThan(String other) {
        String pick;
        do {
            pick = String.valueOf(RARE.charAt(ThreadLocalRandom.current().nextInt(RARE.length())));
        } while (pick.equals(other));
        return pick;
    }
}
