package io.tongxin.member.internal;

import static io.tongxin.security.SecurityFixtures.HUANXIAN;
import static io.tongxin.security.SecurityFixtures.PASSWORD;
import static io.tongxin.security.SecurityFixtures.QINGYANG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tongxin.security.SecurityFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A filtered list's pages and total are the same whichever way MemberSearch finds them: in one
 * pass (what a county may see) or by walking the order and counting apart (a city's list), for
 * every order the list offers, on the first, a middle and the last page.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MemberListTotalsTests {

    /** 环县 townships, and one of 庆城县 in the same city. */
    private static final String[] HUANXIAN_TOWNSHIPS = {"621022100000", "621022101000", "621022102000"};
    private static final String QINGCHENG_TOWNSHIP = "621021102000";
    private static final Map<String, String> ORDERS = Map.of(
            "name", "name_pinyin, id",
            "-updated", "updated_at desc, id desc",
            "region", "region_code, name_pinyin, id",
            "-followers", "max_followers desc, id");

    @Autowired
    MockMvc mvc;

    @Autowired
    SecurityFixtures fixtures;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    String tag;

    @BeforeEach
    void membersWithATagOfTheirOwn() {
        tag = "totals-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("""
                insert into member (name, name_pinyin, name_initials, gender, region_code, tier, importance,
                                    category_codes, tags, max_followers, updated_at, created_by, updated_by)
                select '合计丙' || i, 'hejibing' || (i * 7 % 23), 'hjb', 'MALE', (cast(:townships as varchar[]))[i % 3 + 1],
                       'TOWNSHIP', 'GENERAL', '{ONLINE}', array[cast(:tag as varchar)], i % 5 * 1000,
                       now() - i % 4 * interval '1 day', 'test', 'test'
                  from generate_series(1, 23) i""")
            .param("townships", "{" + String.join(",", HUANXIAN_TOWNSHIPS) + "}").param("tag", tag).update();
        jdbc.sql("""
                insert into member (name, name_pinyin, name_initials, gender, region_code, tier, importance,
                                    category_codes, tags, created_by, updated_by)
                select '合计丁' || i, 'hejiding' || i, 'hjd', 'FEMALE', :township, 'TOWNSHIP', 'GENERAL', '{ONLINE}',
                       array[cast(:tag as varchar)], 'test', 'test'
                  from generate_series(1, 9) i""")
            .param("township", QINGCHENG_TOWNSHIP).param("tag", tag).update();
    }

    @Test
    void aCountyFindsAndCountsInOnePassAndACityApartWithTheSamePagesAndTotals() throws Exception {
        String countyClerk = fixtures.user(HUANXIAN, "COUNTY_ADMIN");
        String cityClerk = fixtures.user(QINGYANG, "CITY_ADMIN");
        for (String sort : ORDERS.keySet()) {
            for (int page : new int[] {0, 2, 4}) {
                assertPage(countyClerk, null, sort, page, "621022000000", "621022999999", 23);
                assertPage(cityClerk, HUANXIAN, sort, page, "621022000000", "621022999999", 23);
                assertPage(cityClerk, null, sort, page, "621000000000", "621099999999", 32);
            }
        }
    }

    private void assertPage(String user, String regionCode, String sort, int page, String low, String high,
            long expectedTotal) throws Exception {
        var request = get("/api/v1/members").param("tag", tag).param("sort", sort).param("size", "5")
            .param("page", String.valueOf(page)).with(httpBasic(user, PASSWORD));
        if (regionCode != null) {
            request.param("regionCode", regionCode);
        }
        JsonNode body = json.readTree(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
            .getContentAsString());
        List<Long> expected = jdbc.sql("select id from member where cast(:tag as varchar) = any(tags)"
                + " and region_code between :low and :high order by " + ORDERS.get(sort) + " limit 5 offset :offset")
            .param("tag", tag).param("low", low).param("high", high).param("offset", page * 5)
            .query(Long.class).list();
        List<Long> ids = new ArrayList<>();
        body.path("items").forEach(item -> ids.add(item.path("id").asLong()));
        String what = user + " " + regionCode + " " + sort + " page " + page;
        assertThat(ids).as(what).isNotEmpty().isEqualTo(expected);
        assertThat(body.path("total").asLong()).as(what).isEqualTo(expectedTotal);
    }
}
