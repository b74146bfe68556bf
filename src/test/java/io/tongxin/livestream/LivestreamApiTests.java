package io.tongxin.livestream;

import static io.tongxin.security.SecurityFixtures.HUANXIAN;
import static io.tongxin.security.SecurityFixtures.PASSWORD;
import static io.tongxin.security.SecurityFixtures.QINGYANG;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tongxin.livestream.LivestreamFixtures.Streamer;
import io.tongxin.security.SecurityFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The 村村播 API through the real filter chain: permissions, region scope, exact yuan in JSON. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class LivestreamApiTests {

    /** 庆城县: no other test class and no demo data use it, so the figures here are this class's own. */
    static final String QINGCHENG = "621021000000";
    static final String VILLAGE = "621021100201";

    @Autowired
    MockMvc mvc;

    @Autowired
    SecurityFixtures users;

    @Autowired
    LivestreamFixtures fixtures;

    static String clerk;
    static String cityClerk;
    static String chongxinClerk;
    static String leader;
    static Streamer streamer;

    @BeforeEach
    void setUp() {
        if (clerk == null) {
            clerk = users.user(QINGCHENG, "COUNTY_ADMIN");
            cityClerk = users.user(QINGYANG, "CITY_ADMIN");
            chongxinClerk = users.user(SecurityFixtures.CHONGXIN, "COUNTY_ADMIN");
            leader = users.user(HUANXIAN, "LEADER");
            streamer = fixtures.asUser(clerk, () -> fixtures.streamer("曹文斌", VILLAGE));
        }
    }

    @Test
    void enrolAssignRecordAndTheSummaryAddsUpToTheCent() throws Exception {
        mvc.perform(post("/api/v1/livestream/villages").with(httpBasic(clerk, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"villageCode\":\"" + VILLAGE + "\",\"enrolledOn\":\"2024-01-05\",\"demonstration\":true,"
                        + "\"contactName\":\"王村长\",\"contactPhone\":\"0934-5512345\"}"))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.code").value(VILLAGE))
            .andExpect(jsonPath("$.demonstration").value(true));
        mvc.perform(post("/api/v1/livestream/assignments").with(httpBasic(clerk, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"memberId\":" + streamer.id() + ",\"villageCode\":\"" + VILLAGE + "\",\"startedOn\":\"2024-01-06\"}"))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.streamerName").value("曹文斌"));

        for (String gmv : new String[] {"0.10", "0.20"}) {
            mvc.perform(post("/api/v1/livestream/sessions").with(httpBasic(clerk, PASSWORD))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(session(gmv.equals("0.10") ? "2024-02-29T19:00:00" : "2024-02-29T21:00:00", gmv)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.platformCode").value("DOUYIN"));
        }
        mvc.perform(get("/api/v1/livestream/summary").param("regionCode", VILLAGE).param("from", "2024-02-29")
                .param("to", "2024-02-29").with(httpBasic(clerk, PASSWORD)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("\"gmv\":0.30")))
            .andExpect(jsonPath("$.villagesTotal").value(1))
            .andExpect(jsonPath("$.villagesEnrolled").value(1))
            .andExpect(jsonPath("$.demonstrationSites").value(1))
            .andExpect(jsonPath("$.villagesActive").value(1))
            .andExpect(jsonPath("$.sessions").value(2))
            .andExpect(jsonPath("$.hours").value(3.0))
            .andExpect(jsonPath("$.viewers").value(4000))
            .andExpect(jsonPath("$.orders").value(24));

        // The same session again is a conflict, with the Chinese reason.
        mvc.perform(post("/api/v1/livestream/sessions").with(httpBasic(clerk, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(session("2024-02-29T19:00:00", "5.00")))
            .andExpect(status().isConflict())
            .andExpect(jsonPath("$.detail").value(containsString("已经录入过")));
        // Three decimals are refused at the field.
        mvc.perform(post("/api/v1/livestream/sessions").with(httpBasic(clerk, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(session("2024-03-01T19:00:00", "1.005")))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("gmv"));

        mvc.perform(get("/api/v1/livestream/sessions").param("regionCode", VILLAGE).param("streamer",
                    String.valueOf(streamer.id())).param("platform", "DOUYIN").param("from", "2024-02-01")
                .param("to", "2024-02-29").param("size", "1").with(httpBasic(clerk, PASSWORD)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.totalElements").value(2))
            .andExpect(jsonPath("$.content.length()").value(1))
            .andExpect(jsonPath("$.content[0].gmv").value(0.20));
    }

    @Test
    void aCountyUserSeesOnlyTheCountyAndALeaderOnlyReads() throws Exception {
        mvc.perform(get("/api/v1/livestream/summary").with(httpBasic(clerk, PASSWORD)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.regionCode").value(QINGCHENG))
            .andExpect(jsonPath("$.villagesTotal").value(176));
        mvc.perform(get("/api/v1/livestream/summary").param("regionCode", QINGYANG).with(httpBasic(clerk, PASSWORD)))
            .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/livestream/summary").param("regionCode", QINGYANG).with(httpBasic(cityClerk, PASSWORD)))
            .andExpect(status().isOk());
        mvc.perform(get("/api/v1/livestream/sessions").param("size", "200").with(httpBasic(clerk, PASSWORD)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.content[*].regionCode", everyItem(startsWith("621021"))));
        mvc.perform(get("/api/v1/livestream/sessions").param("regionCode", QINGCHENG)
                .with(httpBasic(chongxinClerk, PASSWORD)))
            .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/livestream/villages").with(httpBasic(chongxinClerk, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"villageCode\":\"621022100202\",\"enrolledOn\":\"2024-01-05\"}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].message").value("该村不在您的管辖范围内"));
        mvc.perform(get("/api/v1/livestream/summary").with(httpBasic(leader, PASSWORD)))
            .andExpect(status().isOk());
        mvc.perform(post("/api/v1/livestream/sessions").with(httpBasic(leader, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(session("2024-03-02T19:00:00", "1.00")))
            .andExpect(status().isForbidden());
    }

    @Test
    void aScheduleSlotIsHeldByASessionOrMissed() throws Exception {
        String village = "621021100203";
        Streamer own = fixtures.asUser(clerk, () -> {
            fixtures.enrol(village);
            return fixtures.streamer("姚志文", village);
        });
        // Mondays and Wednesdays 20:00-22:00 from 2024-04-01 (a Monday) to 2024-04-10.
        mvc.perform(post("/api/v1/livestream/schedules").with(httpBasic(clerk, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"streamerId\":" + own.id() + ",\"villageCode\":\"" + village + "\",\"weekdays\":[1,3],"
                        + "\"startsAt\":\"20:00\",\"endsAt\":\"22:00\",\"kind\":\"TEACHING\",\"title\":\"养殖知识讲堂\","
                        + "\"validFrom\":\"2024-04-01\",\"validTo\":\"2024-04-10\"}"))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.weekdays[0]").value("MONDAY"));
        fixtures.asUser(clerk, () -> fixtures.sessions().record(LivestreamFixtures.data(own, village,
                java.time.LocalDateTime.of(2024, 4, 3, 19, 30), "50.00"), SessionSource.FORM));
        mvc.perform(get("/api/v1/livestream/schedules/slots").param("regionCode", village)
                .param("from", "2024-04-01").param("to", "2024-04-10").with(httpBasic(clerk, PASSWORD)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.length()").value(4))
            .andExpect(jsonPath("$[0].day").value("2024-04-01"))
            .andExpect(jsonPath("$[0].status").value("MISSED"))
            .andExpect(jsonPath("$[1].day").value("2024-04-03"))
            .andExpect(jsonPath("$[1].status").value("HELD"))
            .andExpect(jsonPath("$[*].status", hasItem("MISSED")));
    }

    private String session(String start, String gmv) {
        String end = start.substring(0, 11) + String.format("%02d", Integer.parseInt(start.substring(11, 13)) + 1)
                + start.substring(13, 14) + "30:00";
        return "{\"streamerId\":" + streamer.id() + ",\"accountId\":" + streamer.accountId() + ",\"villageCodes\":[\""
                + VILLAGE + "\"],\"startedAt\":\"" + start + "\",\"endedAt\":\"" + end + "\",\"peakViewers\":300,"
                + "\"totalViewers\":2000,\"orders\":12,\"gmv\":" + gmv + ",\"productCodes\":[\"HONEY\"]}";
    }
}
