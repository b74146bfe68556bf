package io.tongxin.member.internal;

import static io.tongxin.security.SecurityFixtures.CHONGXIN;
import static io.tongxin.security.SecurityFixtures.HUANXIAN;
import static io.tongxin.security.SecurityFixtures.PASSWORD;
import static io.tongxin.security.SecurityFixtures.QINGYANG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import io.tongxin.region.RegionCode;
import io.tongxin.security.SecurityFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * The per-region member counts (V63, V69) that the unfiltered list's total is read from: each
 * region's rows must hold the number of members its region scope sees (its own and every region
 * below it) after every kind of write, and compaction must not change them.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MemberCountTests {

    /** 庆城县 townships, unused by the demo data. */
    private static final String FROM = "621021100000";
    private static final String TO = "621021101000";

    @Autowired
    MockMvc mvc;

    @Autowired
    SecurityFixtures fixtures;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MemberCountCompaction compaction;

    @Test
    void countsFollowInsertsBatchesMovesAndDeletesAndSurviveCompaction() throws Exception {
        String clerk = fixtures.user(HUANXIAN, "COUNTY_ADMIN");
        long created = json.readTree(mvc.perform(post("/api/v1/members").with(httpBasic(clerk, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                    {"name":"计数甲","categoryCodes":["ONLINE"],"regionCode":"%s","tier":"COUNTY",
                     "importance":"GENERAL"}""".formatted(HUANXIAN)))
            .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).path("id").asLong();
        // One statement, many rows, two regions: the import's batches look like this.
        jdbc.sql("""
                insert into member (name, name_pinyin, name_initials, gender, region_code, tier, importance,
                                    category_codes, created_by, updated_by)
                select '计数' || i, 'jishu' || i, 'js', 'MALE', case when i % 3 = 0 then :to else :from end,
                       'TOWNSHIP', 'GENERAL', '{ONLINE}', 'test', 'test'
                  from generate_series(1, 30) i""")
            .param("from", FROM).param("to", TO).update();
        assertThat(stored()).isEqualTo(actual());

        jdbc.sql("update member set region_code = :to where region_code = :from and name in ('计数1', '计数2')")
            .param("to", TO).param("from", FROM).update();
        jdbc.sql("update member set notes = 'no move' where id = :id").param("id", created).update();
        assertThat(stored()).isEqualTo(actual());

        jdbc.sql("delete from member where name like '计数%' and region_code = :to").param("to", TO).update();
        assertThat(stored()).isEqualTo(actual());

        compaction.compact();
        assertThat(stored()).isEqualTo(actual());
        assertThat(jdbc.sql("select count(*) - count(distinct region_code) from member_count").query(Long.class)
            .single()).isZero();
        jdbc.sql("delete from member where name like '计数%'").update();
        assertThat(stored()).isEqualTo(actual());
    }

    @Test
    void theUnfilteredListTotalIsTheRegionsMemberCount() throws Exception {
        String clerk = fixtures.user(HUANXIAN, "COUNTY_ADMIN");
        jdbc.sql("""
                insert into member (name, name_pinyin, name_initials, gender, region_code, tier, importance,
                                    category_codes, created_by, updated_by)
                select '合计' || i, 'heji' || i, 'hj', 'FEMALE', '621022104000', 'TOWNSHIP', 'GENERAL', '{ONLINE}',
                       'test', 'test'
                  from generate_series(1, 12) i""").update();
        jdbc.sql("""
                insert into member (name, name_pinyin, name_initials, gender, region_code, tier, importance,
                                    category_codes, created_by, updated_by)
                select '合计乙' || i, 'hejiyi' || i, 'hjy', 'MALE', :elsewhere, 'TOWNSHIP', 'GENERAL', '{ONLINE}',
                       'test', 'test'
                  from generate_series(1, 3) i""").param("elsewhere", FROM).update();
        long inScope = jdbc.sql("select count(*) from member where region_code between '621022000000' and '621022999999'")
            .query(Long.class).single();
        assertThat(inScope).as("more than a page of 5").isGreaterThan(5);
        long total = json.readTree(mvc.perform(get("/api/v1/members").param("size", "5").with(httpBasic(clerk, PASSWORD)))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).path("total").asLong();
        assertThat(total).isEqualTo(inScope);

        // A city clerk filtering by that county reads the county's count; a county clerk filtering
        // by the city above still sees only the county, and by another county sees nothing.
        String cityClerk = fixtures.user(QINGYANG, "CITY_ADMIN");
        assertThat(total(cityClerk, HUANXIAN)).isEqualTo(inScope);
        assertThat(total(clerk, QINGYANG)).isEqualTo(inScope);
        assertThat(total(clerk, CHONGXIN)).isZero();
        long city = jdbc.sql("select count(*) from member where region_code between '621000000000' and '621099999999'")
            .query(Long.class).single();
        assertThat(total(cityClerk, null)).isEqualTo(city).isGreaterThan(inScope);
    }

    private long total(String user, String regionCode) throws Exception {
        var request = get("/api/v1/members").param("size", "5").with(httpBasic(user, PASSWORD));
        if (regionCode != null) {
            request.param("regionCode", regionCode);
        }
        return json.readTree(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
            .getContentAsString()).path("total").asLong();
    }

    private Map<String, Long> stored() {
        return jdbc.sql("select region_code, sum(members) from member_count group by 1 having sum(members) <> 0")
            .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * For every region of the region table, the members in its subtree as a region scope sees it
     * ({@link RegionCode#contains}), worked out here from count(*) per member region.
     */
    private Map<String, Long> actual() {
        Map<RegionCode, Long> perRegion = jdbc.sql("select region_code, count(*) from member group by 1")
            .query((rs, n) -> Map.entry(RegionCode.of(rs.getString(1)), rs.getLong(2))).list().stream()
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Map<String, Long> subtrees = new HashMap<>();
        for (String code : jdbc.sql("select code from region").query(String.class).list()) {
            RegionCode node = RegionCode.of(code);
            long members = perRegion.entrySet().stream().filter(e -> node.contains(e.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
            if (members > 0) {
                subtrees.put(code, members);
            }
        }
        return subtrees;
    }
}
