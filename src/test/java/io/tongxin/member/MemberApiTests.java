package io.tongxin.member;

import static io.tongxin.security.SecurityFixtures.CHONGXIN;
import static io.tongxin.security.SecurityFixtures.HUANXIAN;
import static io.tongxin.security.SecurityFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import io.tongxin.personaldata.Gender;
import io.tongxin.personaldata.IdNumber;
import io.tongxin.personaldata.IdNumbers;
import io.tongxin.security.SecurityFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MemberApiTests {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(100);

    @Autowired
    MockMvc mvc;

    @Autowired
    SecurityFixtures fixtures;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    String huanxian;
    String chongxin;

    @BeforeEach
    void users() {
        huanxian = fixtures.user(HUANXIAN, "COUNTY_ADMIN");
        chongxin = fixtures.user(CHONGXIN, "COUNTY_ADMIN");
    }

    static String newIdNumber(Gender gender) {
        int seq = SEQUENCE.incrementAndGet() % 999 + 1;
        LocalDate birth = LocalDate.of(1970, 1, 1).plusDays(System.nanoTime() % 15000);
        // Born in 庆城县: never collides with the demo members (环县, 崇信县) in the shared test database.
        return IdNumbers.valid("621021", birth, gender, seq);
    }

    static String newMobile() {
        return "139" + String.format("%08d", System.nanoTime() % 100_000_000);
    }

    private ResultActions create(String user, String body) throws Exception {
        return mvc.perform(post("/api/v1/members").with(httpBasic(user, PASSWORD))
            .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private String body(String name, String idNumber, String phone, String region) {
        return """
            {"name":"%s","idNumber":"%s","phone":"%s","ethnicity":"01","politicalAffiliation":"13",
             "categoryCodes":["ONLINE"],"regionCode":"%s","tier":"COUNTY","importance":"KEY",
             "employer":"环县融媒体中心","tags":["带货达人"]}""".formatted(name, idNumber, phone, region);
    }

    private JsonNode created(String user, String body) throws Exception {
        return json.readTree(create(user, body).andExpect(status().isCreated()).andReturn().getResponse()
            .getContentAsString());
    }

    @Test
    void registersAMemberWithDerivedBirthDateAndMaskedSensitiveValues() throws Exception {
        String id = newIdNumber(Gender.FEMALE);
        String phone = newMobile();
        create(huanxian, body("刘芳", id, phone, "621022104201"))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.gender").value("FEMALE"))
            .andExpect(jsonPath("$.birthDate").value(LocalDate.parse(id.substring(6, 10) + "-" + id.substring(10, 12)
                    + "-" + id.substring(12, 14)).toString()))
            .andExpect(jsonPath("$.idNumberMasked").value(id.substring(0, 6) + "********" + id.substring(14)))
            .andExpect(jsonPath("$.phoneMasked").value(phone.substring(0, 3) + "****" + phone.substring(7)))
            .andExpect(jsonPath("$.version").value(0))
            .andExpect(jsonPath("$.stale").value(false));
        String stored = jdbc.sql("select id_number_cipher from member where id_number_masked = :m")
            .param("m", id.substring(0, 6) + "********" + id.substring(14)).query(String.class).single();
        assertThat(stored).doesNotContain(id.substring(6, 14));
    }

    @Test
    void anotherCountysAdministratorGetsNotFoundAndDoesNotSeeTheMemberInLists() throws Exception {
        long id = created(huanxian, body("马强", newIdNumber(Gender.MALE), newMobile(), HUANXIAN)).path("id").asLong();
        mvc.perform(get("/api/v1/members/" + id).with(httpBasic(chongxin, PASSWORD)))
            .andExpect(status().isNotFound())
            .andExpect(jsonPath("$.detail").value(containsString("不在您的管辖区域内")));
        mvc.perform(get("/api/v1/members?q=马强&size=200").with(httpBasic(chongxin, PASSWORD)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.items[*].id", not(hasItem((int) id))));
        mvc.perform(get("/api/v1/members/" + id).with(httpBasic(huanxian, PASSWORD)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.name").value("马强"));
    }

    @Test
    void onePersonOneRecordAndAForeignHolderIsNamedOnlyByRegion() throws Exception {
        String idNumber = newIdNumber(Gender.MALE);
        long id = created(huanxian, body("张伟", idNumber, newMobile(), HUANXIAN)).path("id").asLong();
        create(huanxian, body("张伟", idNumber, newMobile(), HUANXIAN))
            .andExpect(status().isConflict())
            .andExpect(jsonPath("$.detail").value(containsString("成员编号 " + id)));
        create(chongxin, body("张伟", idNumber, newMobile(), CHONGXIN))
            .andExpect(status().isConflict())
            .andExpect(jsonPath("$.detail").value(containsString("甘肃省/庆阳市/环县")))
            .andExpect(jsonPath("$.detail").value(not(containsString(String.valueOf(id)))));
    }

    @Test
    void badInputIsRefusedFieldByFieldInChineseAndNothingIsSaved() throws Exception {
        String good = newIdNumber(Gender.MALE);
        String badCheck = IdNumbers.withWrongCheckDigit(good);
        long before = jdbc.sql("select count(*) from member").query(Long.class).single();
        create(huanxian, """
            {"name":"","idNumber":"%s","phone":"12345","categoryCodes":["NO_SUCH_CATEGORY"],
             "regionCode":"%s","tier":"COUNTY"}""".formatted(badCheck, CHONGXIN))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[*].field", hasItem("name")))
            .andExpect(jsonPath("$.errors[?(@.field == 'idNumber')].message", hasItem(containsString("校验位"))))
            .andExpect(jsonPath("$.errors[*].field", hasItem("phone")))
            .andExpect(jsonPath("$.errors[?(@.field == 'categoryCodes')].message",
                    hasItem(containsString("NO_SUCH_CATEGORY"))))
            .andExpect(jsonPath("$.errors[?(@.field == 'regionCode')].message",
                    hasItem(containsString("不在您的管辖范围内"))));
        assertThat(jdbc.sql("select count(*) from member").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aStaleEditIsRefusedAndHistoryKeepsEveryChangedFieldMasked() throws Exception {
        JsonNode member = created(huanxian, body("王丽", newIdNumber(Gender.FEMALE), newMobile(), HUANXIAN));
        long id = member.path("id").asLong();
        String update = """
            {"name":"王丽","phone":"%s","ethnicity":"01","categoryCodes":["ONLINE"],
             "regionCode":"%s","tier":"COUNTY","importance":"GENERAL","employer":"%s","version":%d}""";
        String newPhone = newMobile();
        mvc.perform(put("/api/v1/members/" + id).with(httpBasic(huanxian, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(update.formatted(newPhone, HUANXIAN, "洪德镇电商服务站", 0)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.version").value(1))
            .andExpect(jsonPath("$.idNumberMasked").value(member.path("idNumberMasked").asString()));
        mvc.perform(put("/api/v1/members/" + id).with(httpBasic(huanxian, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(update.formatted(newPhone, HUANXIAN, "过时的修改", 0)))
            .andExpect(status().isConflict())
            .andExpect(jsonPath("$.detail").value(containsString("已被他人修改")));
        mvc.perform(put("/api/v1/members/" + id).with(httpBasic(huanxian, PASSWORD)).header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).content(update.formatted(newPhone, HUANXIAN, "过时的修改", 0)))
            .andExpect(status().isPreconditionFailed());

        mvc.perform(get("/api/v1/members/" + id + "/history").with(httpBasic(huanxian, PASSWORD)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[?(@.field == 'employer')].newValue", hasItem("洪德镇电商服务站")))
            .andExpect(jsonPath("$[?(@.field == 'importance')].oldValue", hasItem("KEY")))
            .andExpect(jsonPath("$[?(@.field == 'phone')].newValue",
                    hasItem(newPhone.substring(0, 3) + "****" + newPhone.substring(7))))
            .andExpect(jsonPath("$[?(@.field == 'phone')].newValue", not(hasItem(newPhone))))
            .andExpect(jsonPath("$[0].actor").value(huanxian))
            .andExpect(jsonPath("$[0].source").value("MANUAL"));
    }

    @Test
    void revealNeedsThePermissionAndAReasonAndIsAudited() throws Exception {
        String idNumber = newIdNumber(Gender.MALE);
        long id = created(huanxian, body("赵军", idNumber, newMobile(), HUANXIAN)).path("id").asLong();
        String leader = fixtures.user(HUANXIAN, "LEADER");
        mvc.perform(post("/api/v1/members/" + id + "/reveal").with(httpBasic(leader, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"field\":\"ID_NUMBER\",\"reason\":\"核对身份\"}"))
            .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/members/" + id + "/reveal").with(httpBasic(huanxian, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"field\":\"ID_NUMBER\"}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.detail").value(containsString("事由")));
        mvc.perform(post("/api/v1/members/" + id + "/reveal").with(httpBasic(huanxian, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"field\":\"ID_NUMBER\",\"reason\":\"办理推荐手续\"}"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.value").value(idNumber));
        String detail = jdbc.sql("""
                select detail from audit_event where action = 'SENSITIVE_REVEALED' and target_id = :id
                  and actor = :actor""")
            .param("id", String.valueOf(id)).param("actor", huanxian).query(String.class).single();
        assertThat(detail).contains("ID_NUMBER").contains("办理推荐手续").doesNotContain(idNumber);
    }

    @Test
    void theSearchBoxFindsByPinyinInitialsPhoneDigitsIdNumberAndHandle() throws Exception {
        String phone = newMobile();
        String idNumber = newIdNumber(Gender.MALE);
        String surname = "曾";
        long id = created(huanxian, body(surname + "志刚", idNumber, phone, HUANXIAN)).path("id").asLong();
        String handle = "zhigang" + System.nanoTime() % 100000;
        mvc.perform(post("/api/v1/members/" + id + "/accounts").with(httpBasic(huanxian, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                    {"platformCode":"KUAISHOU","handle":"%s","displayName":"环县老曾说三农","followers":1200000,
                     "contentDomainCode":"RURAL","verified":true}""".formatted(handle)))
            .andExpect(status().isCreated());

        for (String q : new String[] {"zengzhigang", "zzg", "zeng", phone.substring(7), phone, "+86 " + phone,
                idNumber, handle.substring(0, 10), "老曾说三农", "曾志"}) {
            mvc.perform(get("/api/v1/members").param("q", q).param("size", "200").with(httpBasic(huanxian, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", hasItem((int) id)));
        }
        mvc.perform(get("/api/v1/members").param("grade", "A").param("size", "200")
                .with(httpBasic(huanxian, PASSWORD)))
            .andExpect(jsonPath("$.items[?(@.id == " + id + ")].influenceGrade", hasItem("A")));

        // A newer, lower follower count moves the member down to grade B and shows in the chart data.
        long accountId = json.readTree(mvc.perform(get("/api/v1/members/" + id).with(httpBasic(huanxian, PASSWORD)))
            .andReturn().getResponse().getContentAsString()).path("accounts").get(0).path("id").asLong();
        mvc.perform(post("/api/v1/members/" + id + "/accounts/" + accountId + "/snapshots")
                .with(httpBasic(huanxian, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"on\":\"" + LocalDate.now().plusDays(1) + "\",\"followers\":1}"))
            .andExpect(status().isBadRequest());
        jdbc.sql("update follower_snapshot set taken_on = current_date - 30 where account_id = :id")
            .param("id", accountId).update();
        mvc.perform(post("/api/v1/members/" + id + "/accounts/" + accountId + "/snapshots")
                .with(httpBasic(huanxian, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"followers\":900000}"))
            .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/members/" + id).with(httpBasic(huanxian, PASSWORD)))
            .andExpect(jsonPath("$.influenceGrade").value("B"))
            .andExpect(jsonPath("$.accounts[0].followers").value(900000));
        mvc.perform(get("/api/v1/members/" + id + "/followers").with(httpBasic(huanxian, PASSWORD)))
            .andExpect(jsonPath("$['" + accountId + "'][*].followers", org.hamcrest.Matchers.contains(1200000, 900000)));
        mvc.perform(get("/api/v1/members").param("q", "zengzhigang").with(httpBasic(chongxin, PASSWORD)))
            .andExpect(jsonPath("$.items[*].id", not(hasItem((int) id))));
    }

    @Test
    void mergingTwoRecordsKeepsBothHistoriesAndTheAccounts() throws Exception {
        JsonNode keep = created(huanxian, body("李娜", newIdNumber(Gender.FEMALE), newMobile(), HUANXIAN));
        JsonNode other = created(huanxian, """
            {"name":"李娜","categoryCodes":["NSS_NEW_MEDIA"],"regionCode":"%s","tier":"COUNTY",
             "nativePlace":"甘肃环县"}""".formatted(HUANXIAN));
        String handle = "lina" + System.nanoTime() % 100000;
        mvc.perform(post("/api/v1/members/" + other.path("id").asLong() + "/accounts").with(httpBasic(huanxian, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"platformCode\":\"DOUYIN\",\"handle\":\"" + handle + "\",\"followers\":50000}"))
            .andExpect(status().isCreated());
        long keepId = keep.path("id").asLong();
        long otherId = other.path("id").asLong();

        mvc.perform(post("/api/v1/members/merge").with(httpBasic(huanxian, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"keepId\":%d,\"keepVersion\":0,\"mergeId\":%d,\"mergeVersion\":0}".formatted(keepId, otherId)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.accounts[*].handle", hasItem(handle)))
            .andExpect(jsonPath("$.categoryCodes", hasItem("NSS_NEW_MEDIA")))
            .andExpect(jsonPath("$.categoryCodes", hasItem("ONLINE")))
            .andExpect(jsonPath("$.nativePlace").value("甘肃环县"))
            .andExpect(jsonPath("$.influenceGrade").value("C"));
        mvc.perform(get("/api/v1/members/" + otherId).with(httpBasic(huanxian, PASSWORD)))
            .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/members/" + keepId + "/history").with(httpBasic(huanxian, PASSWORD)))
            .andExpect(jsonPath("$[?(@.field == 'merged')].source", hasItem("MERGE")))
            .andExpect(jsonPath("$[?(@.field == 'nativePlace')].newValue", hasItem("甘肃环县")))
            .andExpect(jsonPath("$[?(@.field == 'accounts')].newValue", hasItem("DOUYIN @" + handle)));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'MEMBER_MERGED' and target_id = :id")
            .param("id", String.valueOf(keepId)).query(Long.class).single()).isEqualTo(1);
    }

    /** Two ID numbers with the same mask (same county, same last four digits) are still two people. */
    @Test
    void recordsWithDifferentIdNumbersAreNeverMergedEvenWhenTheirMasksAgree() throws Exception {
        String first = newIdNumber(Gender.FEMALE);
        String second = null;
        for (LocalDate birth = LocalDate.of(1960, 1, 1); second == null; birth = birth.plusDays(1)) {
            String candidate = first.substring(0, 6) + birth.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
                    + first.substring(14, 17);
            candidate += IdNumber.checkDigit(candidate);
            if (candidate.endsWith(first.substring(14)) && !candidate.equals(first)) {
                second = candidate;
            }
        }
        JsonNode keep = created(huanxian, body("韩雪", first, newMobile(), HUANXIAN));
        JsonNode other = created(huanxian, body("韩雪", second, newMobile(), HUANXIAN));
        assertThat(other.path("idNumberMasked").asString()).isEqualTo(keep.path("idNumberMasked").asString());

        mvc.perform(post("/api/v1/members/merge").with(httpBasic(huanxian, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"keepId\":%d,\"keepVersion\":0,\"mergeId\":%d,\"mergeVersion\":0}"
                    .formatted(keep.path("id").asLong(), other.path("id").asLong())))
            .andExpect(status().isConflict())
            .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("不是同一个人")));
        mvc.perform(get("/api/v1/members/" + other.path("id").asLong()).with(httpBasic(huanxian, PASSWORD)))
            .andExpect(status().isOk());
    }

    @Test
    void possibleDuplicatesAreFoundBySameNameAndBirthDateOrPhoneWithinScope() throws Exception {
        String idNumber = newIdNumber(Gender.MALE);
        String phone = newMobile();
        JsonNode member = created(huanxian, body("周建国", idNumber, phone, HUANXIAN));
        long id = member.path("id").asLong();
        String birth = member.path("birthDate").asString();
        mvc.perform(get("/api/v1/members/duplicates").param("name", "周建国").param("birthDate", birth)
                .with(httpBasic(huanxian, PASSWORD)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[?(@.member.id == " + id + ")].reasons[*]", hasItem("SAME_NAME_AND_BIRTH_DATE")));
        mvc.perform(get("/api/v1/members/duplicates").param("name", "别人").param("phone", "+86 " + phone)
                .with(httpBasic(huanxian, PASSWORD)))
            .andExpect(jsonPath("$[?(@.member.id == " + id + ")].reasons[*]", hasItem("SAME_PHONE")));
        mvc.perform(get("/api/v1/members/duplicates").param("phone", phone).with(httpBasic(chongxin, PASSWORD)))
            .andExpect(jsonPath("$[*].member.id", not(hasItem((int) id))));
    }

    @Test
    void statusChangesNeedAReasonAndStaleRecordsAreMarkedUntilVerified() throws Exception {
        long id = created(huanxian, body("孙红", newIdNumber(Gender.FEMALE), newMobile(), HUANXIAN)).path("id").asLong();
        mvc.perform(post("/api/v1/members/" + id + "/status").with(httpBasic(huanxian, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"TRANSFERRED\",\"version\":0}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.detail").value(containsString("原因")));
        mvc.perform(post("/api/v1/members/" + id + "/status").with(httpBasic(huanxian, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"TRANSFERRED\",\"on\":\"2026-10-01\",\"reason\":\"工作调动至西峰区\",\"version\":0}"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.status").value("TRANSFERRED"))
            .andExpect(jsonPath("$.statusChangedOn").value("2026-10-01"));

        jdbc.sql("update member set last_verified_on = current_date - interval '13 months' where id = :id")
            .param("id", id).update();
        mvc.perform(get("/api/v1/members/" + id).with(httpBasic(huanxian, PASSWORD)))
            .andExpect(jsonPath("$.stale").value(true));
        mvc.perform(get("/api/v1/members").param("stale", "true").param("q", "孙红").param("size", "200")
                .with(httpBasic(huanxian, PASSWORD)))
            .andExpect(jsonPath("$.items[*].id", hasItem((int) id)));
        mvc.perform(post("/api/v1/members/" + id + "/verify").with(httpBasic(huanxian, PASSWORD)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.stale").value(false))
            .andExpect(jsonPath("$.lastVerifiedOn").value(LocalDate.now().toString()));
        mvc.perform(get("/api/v1/members/" + id + "/history").with(httpBasic(huanxian, PASSWORD)))
            .andExpect(jsonPath("$[?(@.field == 'status')].newValue", hasItem(containsString("工作调动至西峰区"))));
    }

    @Test
    void filtersCombineWithinTheRegionSubtree() throws Exception {
        String tag = "标签" + System.nanoTime() % 100000;
        long inVillage = created(huanxian, """
            {"name":"何平","categoryCodes":["NON_PUBLIC_ECONOMY"],"regionCode":"621022104201","tier":"TOWNSHIP",
             "importance":"KEY","tags":["%s"],
             "positions":[{"typeCode":"CPPCC_MEMBER","levelCode":"COUNTY","body":"环县政协","termStart":"2022-01-01"}]}"""
            .formatted(tag)).path("id").asLong();
        long elsewhere = created(huanxian, """
            {"name":"何安","categoryCodes":["NON_PUBLIC_ECONOMY"],"regionCode":"%s","tier":"COUNTY",
             "importance":"GENERAL","tags":["%s"]}""".formatted(HUANXIAN, tag)).path("id").asLong();

        mvc.perform(get("/api/v1/members").with(httpBasic(huanxian, PASSWORD)).param("tag", tag)
                .param("regionCode", "621022104000").param("category", "NON_PUBLIC_ECONOMY").param("tier", "TOWNSHIP")
                .param("importance", "KEY").param("position", "CPPCC_MEMBER"))
            .andExpect(jsonPath("$.total").value(1))
            .andExpect(jsonPath("$.items[0].id").value((int) inVillage));
        mvc.perform(get("/api/v1/members").with(httpBasic(huanxian, PASSWORD)).param("tag", tag)
                .param("sort", "name"))
            .andExpect(jsonPath("$.total").value(2))
            .andExpect(jsonPath("$.items[*].id", hasItem((int) elsewhere)));
    }

    @Test
    void textIsKeptAsTypedLengthsAndUnknownRegionsAreRefused() throws Exception {
        String script = "<script>alert('x')</script> 备注";
        create(huanxian, """
            {"name":"吴刚","categoryCodes":["OTHER"],"regionCode":"%s","tier":"COUNTY","notes":"%s"}"""
            .formatted(HUANXIAN, script.replace("'", "\\u0027")))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.notes").value(script));
        create(huanxian, """
            {"name":"%s","categoryCodes":["OTHER"],"regionCode":"621022999000","tier":"COUNTY"}"""
            .formatted("长".repeat(65)))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[?(@.field == 'name')].message", hasItem(containsString("64"))))
            .andExpect(jsonPath("$.errors[?(@.field == 'regionCode')].message", hasItem(containsString("621022999000"))));
    }
}
