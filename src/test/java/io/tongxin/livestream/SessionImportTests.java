package io.tongxin.livestream;

import static io.tongxin.security.SecurityFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import io.tongxin.livestream.LivestreamFixtures.Streamer;
import io.tongxin.livestream.internal.ProgrammeManagement;
import io.tongxin.security.SecurityFixtures;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A platform's session export through the import machinery: headers as the platform writes them,
 * unknown accounts reported, one file imported twice creating nothing new, and a platform's own
 * header names saved once as its column mapping. Uses 合水县, which no other test touches.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SessionImportTests {

    static final String HESHUI = "621024000000";
    static final String VILLAGE = "621024100001";

    @Autowired
    MockMvc mvc;

    @Autowired
    LivestreamFixtures fixtures;

    @Autowired
    SecurityFixtures users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProgrammeManagement programme;

    String clerk;
    Streamer streamer;
    String handle;

    @BeforeEach
    void setUp() {
        clerk = users.user(HESHUI, "COUNTY_ADMIN");
        streamer = fixtures.asUser(clerk, () -> {
            fixtures.enrol(VILLAGE);
            Streamer s = fixtures.streamer("韩小燕", VILLAGE);
            // Serves the village: a file without a village column credits the village served that day.
            programme.assign(s.id(), VILLAGE, LocalDate.now().minusYears(1));
            return s;
        });
        handle = jdbc.sql("select handle from member_account where id = :id").param("id", streamer.accountId())
            .query(String.class).single();
    }

    @Test
    void aPlatformExportImportedTwiceCreatesItsSessionsOnce() throws Exception {
        String day = LocalDate.now().minusDays(3).toString();
        String csv = """
                直播开始时间,直播结束时间,直播时长,抖音号,场观,最高在线,订单量,GMV,直播ID,带货商品,所属村
                %1$s 20:00:00,%1$s 21:30:00,,%2$s,2300,310,45,"1,234.50",R%3$d-1,土蜂蜜、小米,%4$s
                %1$s 10:00,,1:30,%2$s,800,90,12,0.20,R%3$d-2,小米,%4$s
                %1$s 12:00:00,%1$s 13:00:00,,nobody_%3$d,10,1,0,0.10,R%3$d-3,,%4$s
                """.formatted(day, handle, System.nanoTime() % 1_000_000, VILLAGE);
        byte[] file = csv.getBytes(StandardCharsets.UTF_8);

        DocumentContext first = validate(file);
        assertThat((Integer) first.read("$.valid")).as(first.jsonString()).isEqualTo(2);
        assertThat((Integer) first.read("$.toCreate")).isEqualTo(2);
        List<Map<String, Object>> errors = first.read("$.errors");
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e).containsEntry("row", 4).containsEntry("column", "抖音号");
            assertThat((String) e.get("message")).contains("没有登记");
        });
        assertThat((Integer) commit(first.read("$.id")).read("$.created")).isEqualTo(2);

        DocumentContext again = validate(file);
        assertThat((Integer) again.read("$.toCreate")).isZero();
        assertThat((Integer) again.read("$.unchanged")).isEqualTo(2);
        DocumentContext none = commit(again.read("$.id"));
        assertThat((Integer) none.read("$.created")).isZero();

        Map<String, Object> stored = jdbc.sql("""
                select count(*) sessions, sum(gmv) gmv, sum(orders) orders from livestream_session
                 where account_id = :account""").param("account", streamer.accountId()).query().singleRow();
        assertThat(stored.get("sessions")).isEqualTo(2L);
        assertThat((BigDecimal) stored.get("gmv")).isEqualByComparingTo("1234.70");
        assertThat(((Number) stored.get("orders")).longValue()).isEqualTo(57L);
    }

    @Test
    void aPlatformsOwnHeaderNamesAreSavedOnceAndUsedForItsLaterFiles() throws Exception {
        String day = LocalDate.now().minusDays(2).toString();
        String header = "开播时刻X,主播号X,成交额X,直播时长";
        byte[] file = (header + "\n" + day + " 19:00:00," + handle + ",88.80,45\n").getBytes(StandardCharsets.UTF_8);

        DocumentContext unknown = validate(file);
        assertThat((String) unknown.read("$.status")).isEqualTo("FAILED");
        assertThat((String) unknown.read("$.failure")).contains("表头");

        MockHttpSession page = (MockHttpSession) mvc.perform(formLogin("/login").user(clerk).password(PASSWORD))
            .andReturn().getRequest().getSession(false);
        mvc.perform(post("/livestream/sessions/import/columns").session(page).with(csrf()).param("platform", "DOUYIN")
                .param("header.startedAt", "开播时刻X").param("header.handle", "主播号X")
                .param("header.gmv", "成交额X、成交额Y"))
            .andExpect(status().is3xxRedirection());
        mvc.perform(get("/livestream/sessions/import/columns").session(page).param("platform", "DOUYIN"))
            .andExpect(status().isOk())
            .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(Matchers.containsString("成交额X、成交额Y")));

        DocumentContext mapped = validate(file);
        assertThat((Integer) mapped.read("$.valid")).as(mapped.jsonString()).isEqualTo(1);
        commit(mapped.read("$.id"));
        Map<String, Object> stored = jdbc.sql("""
                select gmv, village_codes[1] village, extract(epoch from ended_at - started_at)::int seconds
                  from livestream_session
                 where account_id = :a""").param("a", streamer.accountId()).query().singleRow();
        assertThat((BigDecimal) stored.get("gmv")).isEqualByComparingTo("88.80");
        assertThat(stored.get("village")).isEqualTo(VILLAGE);
        assertThat(stored.get("seconds")).isEqualTo(45 * 60);
    }

    @Test
    void anUploadWithoutAPlatformIsRefused() throws Exception {
        mvc.perform(multipart("/api/v1/livestream/session-imports")
                .file(new MockMultipartFile("file", "s.csv", "text/csv", "a,b\n".getBytes(StandardCharsets.UTF_8)))
                .with(httpBasic(clerk, PASSWORD)))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.detail").value(Matchers.containsString("平台")));
    }

    private DocumentContext validate(byte[] file) throws Exception {
        String body = mvc.perform(multipart("/api/v1/livestream/session-imports")
                .file(new MockMultipartFile("file", "抖音直播数据.csv", "text/csv", file))
                .param("platform", "DOUYIN").with(httpBasic(clerk, PASSWORD)))
            .andExpect(status().isAccepted())
            .andReturn().getResponse().getContentAsString();
        return await(JsonPath.parse(body).read("$.id", String.class));
    }

    private DocumentContext commit(String id) throws Exception {
        mvc.perform(post("/api/v1/livestream/session-imports/{id}/commit", id).with(httpBasic(clerk, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"mode\":\"VALID_ONLY\"}"))
            .andExpect(status().isAccepted());
        return await(id);
    }

    private DocumentContext await(String id) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            DocumentContext job = JsonPath.parse(mvc.perform(get("/api/v1/livestream/session-imports/{id}", id)
                    .with(httpBasic(clerk, PASSWORD))).andReturn().getResponse().getContentAsString());
            String state = job.read("$.status");
            if (!state.equals("VALIDATING") && !state.equals("COMMITTING")) {
                return job;
            }
            assertThat(System.currentTimeMillis()).as("import %s still %s", id, state).isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
