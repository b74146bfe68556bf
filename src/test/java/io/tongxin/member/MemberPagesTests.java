package io.tongxin.member;

import static io.tongxin.security.SecurityFixtures.CHONGXIN;
import static io.tongxin.security.SecurityFixtures.HUANXIAN;
import static io.tongxin.security.SecurityFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import io.tongxin.personaldata.Gender;
import io.tongxin.personaldata.IdNumbers;
import io.tongxin.security.SecurityFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The member pages through the real filter chain, signed in as real users of two counties. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MemberPagesTests {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    SecurityFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    /** Created once for the class: every account adds a line to other tests' user lists. */
    static String huanxianUser;
    static String chongxinUser;
    static String leaderUser;

    MockHttpSession huanxian;
    MockHttpSession chongxin;

    @BeforeEach
    void users() throws Exception {
        if (huanxianUser == null) {
            huanxianUser = fixtures.user(HUANXIAN, "COUNTY_ADMIN");
            chongxinUser = fixtures.user(CHONGXIN, "COUNTY_ADMIN");
            leaderUser = fixtures.user(HUANXIAN, "LEADER");
        }
        huanxian = login(huanxianUser);
        chongxin = login(chongxinUser);
    }

    private MockHttpSession login(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(PASSWORD))
            .andReturn().getRequest().getSession();
    }

    /** A valid ID number no other test of this JVM uses: a random birthday and a counter. */
    static String newIdNumber(String region6, Gender gender) {
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(16000));
        return IdNumbers.valid(region6, birth, gender, SEQUENCE.incrementAndGet() % 500);
    }

    static String newMobile() {
        return "138" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    private MockHttpServletRequestBuilder memberForm(String url, String name, String idNumber, String region) {
        return memberForm(url, name, idNumber, region, "环县融媒体中心");
    }

    private MockHttpServletRequestBuilder memberForm(String url, String name, String idNumber, String region,
            String employer) {
        return post(url).with(csrf())
            .param("name", name).param("idNumber", idNumber).param("phone", newMobile())
            .param("ethnicity", "01").param("politicalAffiliation", "13").param("categoryCodes", "ONLINE")
            .param("regionCode", region).param("tier", "COUNTY").param("importance", "KEY")
            .param("employer", employer).param("tags", "带货达人、返乡创业")
            .param("positions[0].typeCode", "CPPCC_MEMBER").param("positions[0].levelCode", "COUNTY")
            .param("positions[0].body", "政协环县委员会");
    }

    private long create(MockHttpSession session, String name, String idNumber, String region) throws Exception {
        String location = mvc.perform(memberForm("/members/new", name, idNumber, region).session(session))
            .andExpect(status().is3xxRedirection())
            .andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void theListShowsFiltersAndOnlyMembersInTheUsersScope() throws Exception {
        long own = create(huanxian, "马晓燕", newIdNumber(IdNumbers.HUANXIAN, Gender.FEMALE), "621022104201");
        long foreign = create(chongxin, "马晓燕", newIdNumber(IdNumbers.CHONGXIN, Gender.FEMALE), CHONGXIN);

        mvc.perform(get("/members").param("q", "mxy").param("size", "200").session(huanxian))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("id=\"member-filter\""),
                    containsString("姓名、拼音或首字母、身份证号、手机号或后四位、平台账号"),
                    containsString("hx-push-url=\"true\""), containsString("网络代表人士"),
                    containsString("name=\"regionCode\""), containsString("只看待核实"),
                    containsString("data-member-id=\"" + own + "\""),
                    containsString("洪德镇/耿原畔村委会"), containsString("id=\"member-new\""),
                    not(containsString("data-member-id=\"" + foreign + "\"")))));

        // htmx asks for the results only; the filters narrow them.
        mvc.perform(get("/members").param("q", "马晓燕").param("category", "ONLINE").param("importance", "KEY")
                .param("size", "200").header("HX-Request", "true").session(huanxian))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("id=\"member-results\""),
                    not(containsString("id=\"member-filter\"")), not(containsString("<html")),
                    containsString("data-member-id=\"" + own + "\""))));
        mvc.perform(get("/members").param("q", "马晓燕").param("importance", "GENERAL").param("size", "200")
                .session(huanxian))
            .andExpect(content().string(allOf(not(containsString("data-member-id=\"" + own + "\"")),
                    containsString("没有找到符合条件的成员"))));
    }

    @Test
    void aRefusedCreationShowsEveryMessageAtItsFieldAndSavesNothing() throws Exception {
        String badCheck = IdNumbers.withWrongCheckDigit(newIdNumber(IdNumbers.HUANXIAN, Gender.MALE));
        long before = jdbc.sql("select count(*) from member").query(Long.class).single();
        mvc.perform(post("/members/new").with(csrf()).session(huanxian)
                .param("name", "").param("idNumber", badCheck).param("phone", "12345")
                .param("regionCode", CHONGXIN).param("tier", "COUNTY")
                .param("positions[0].typeCode", "NPC_DEPUTY"))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("is-invalid"), containsString("此项必填"),
                    containsString("身份证号码校验位错误"), containsString("请至少选择一个统战成员类别"),
                    containsString("不在您的管辖范围内"), containsString("代表人士职务需填写职务类型、级别和所在机构"),
                    containsString("处内容需要修改"), containsString("value=\"" + badCheck + "\""))));
        assertThat(jdbc.sql("select count(*) from member").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aGoodCreationRedirectsToTheMembersPage() throws Exception {
        String idNumber = newIdNumber(IdNumbers.HUANXIAN, Gender.MALE);
        mvc.perform(memberForm("/members/new", "杨建军", idNumber, HUANXIAN).session(huanxian))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrlPattern("/members/*"))
            .andExpect(flash().attribute("flashSuccess", "member.created"));
        long id = jdbc.sql("select id from member where id_number_masked = :m")
            .param("m", idNumber.substring(0, 6) + "********" + idNumber.substring(14)).query(Long.class).single();
        mvc.perform(get("/members/" + id).session(huanxian))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("杨建军"), containsString("汉族"), containsString("群众"),
                    containsString("网络人士"), containsString("甘肃省/庆阳市/环县"), containsString("县管"),
                    containsString(idNumber.substring(0, 6) + "********" + idNumber.substring(14)),
                    not(containsString(idNumber)), containsString("带货达人"), containsString("id=\"reveal-ID_NUMBER\""))));
        mvc.perform(get("/members/" + id).param("tab", "positions").session(huanxian))
            .andExpect(content().string(allOf(containsString("政协委员"), containsString("县级"),
                    containsString("政协环县委员会"))));
    }

    @Test
    void theEditFormKeepsTheIdNumberUnlessTypedAndAStaleSaveShowsTheConflict() throws Exception {
        String idNumber = newIdNumber(IdNumbers.HUANXIAN, Gender.FEMALE);
        long id = create(huanxian, "李娟", idNumber, HUANXIAN);
        String masked = idNumber.substring(0, 6) + "********" + idNumber.substring(14);
        mvc.perform(get("/members/" + id + "/edit").session(huanxian))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("留空表示不修改，当前：" + masked),
                    not(containsString(idNumber)), containsString("name=\"version\" value=\"0\""))));

        mvc.perform(memberForm("/members/" + id + "/edit", "李娟", "", HUANXIAN, "环县电商服务中心")
                .param("version", "0").session(huanxian))
            .andExpect(status().is3xxRedirection());
        mvc.perform(memberForm("/members/" + id + "/edit", "李娟", "", HUANXIAN, "过时的修改")
                .param("version", "0").session(huanxian))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("id=\"member-stale\""),
                    containsString("已被他人修改"), containsString("/members/" + id + "/edit"))));
        assertThat(jdbc.sql("select employer from member where id = :id").param("id", id).query(String.class)
            .single()).isEqualTo("环县电商服务中心");
        assertThat(jdbc.sql("select id_number_masked from member where id = :id").param("id", id)
            .query(String.class).single()).isEqualTo(masked);

        mvc.perform(get("/members/" + id).param("tab", "history").session(huanxian))
            .andExpect(content().string(allOf(containsString("工作单位"), containsString("环县电商服务中心"),
                    containsString("手工录入"), containsString(huanxianUser))));
    }

    @Test
    void aDuplicateIdNumberIsShownAtTheIdNumberField() throws Exception {
        String idNumber = newIdNumber(IdNumbers.HUANXIAN, Gender.MALE);
        long first = create(huanxian, "王建国", idNumber, HUANXIAN);
        mvc.perform(memberForm("/members/new", "王建国", idNumber, HUANXIAN).session(huanxian))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString(
                    "<div class=\"invalid-feedback\" id=\"idNumber-error\">此身份证号码已登记（成员编号 " + first + "）")));
    }

    @Test
    void anotherCountysMemberIsNotFound() throws Exception {
        long id = create(huanxian, "刘斌", newIdNumber(IdNumbers.HUANXIAN, Gender.MALE), HUANXIAN);
        mvc.perform(get("/members/" + id).session(chongxin)).andExpect(status().isNotFound());
        mvc.perform(get("/members/" + id + "/edit").session(chongxin)).andExpect(status().isNotFound());
        mvc.perform(post("/members/" + id + "/verify").with(csrf()).session(chongxin))
            .andExpect(status().isNotFound());
        mvc.perform(get("/members/999999999").session(huanxian)).andExpect(status().isNotFound());
    }

    @Test
    void revealNeedsThePermissionAndAReasonShowsTheClearValueAndIsAudited() throws Exception {
        String idNumber = newIdNumber(IdNumbers.HUANXIAN, Gender.MALE);
        long id = create(huanxian, "赵军", idNumber, HUANXIAN);
        MockHttpSession leader = login(leaderUser);

        mvc.perform(post("/members/" + id + "/reveal").with(csrf()).session(leader).header("HX-Request", "true")
                .param("field", "ID_NUMBER").param("reason", "核对身份"))
            .andExpect(status().isForbidden());
        mvc.perform(post("/members/" + id + "/reveal").with(csrf()).session(huanxian).header("HX-Request", "true")
                .param("field", "ID_NUMBER").param("reason", " "))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("须填写事由"), not(containsString(idNumber)),
                    not(containsString("<html")))));
        mvc.perform(post("/members/" + id + "/reveal").with(csrf()).session(huanxian).header("HX-Request", "true")
                .param("field", "ID_NUMBER").param("reason", "办理推荐手续"))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString(idNumber), containsString("已记入审计"),
                    containsString("id=\"sensitive-ID_NUMBER\""))));
        String detail = jdbc.sql("""
                select detail from audit_event where action = 'SENSITIVE_REVEALED' and target_id = :id""")
            .param("id", String.valueOf(id)).query(String.class).single();
        assertThat(detail).contains("ID_NUMBER").contains("办理推荐手续").doesNotContain(idNumber);
    }

    @Test
    void aLeaderReadsButCannotAddOrEdit() throws Exception {
        long id = create(huanxian, "孙丽", newIdNumber(IdNumbers.HUANXIAN, Gender.FEMALE), HUANXIAN);
        MockHttpSession leader = login(leaderUser);
        mvc.perform(get("/members").session(leader))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("id=\"member-filter\""),
                    not(containsString("id=\"member-new\"")))));
        mvc.perform(get("/members/" + id).session(leader))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("孙丽"), not(containsString("id=\"member-edit\"")),
                    not(containsString("id=\"reveal-ID_NUMBER\"")))));
        mvc.perform(get("/members/new").session(leader)).andExpect(status().isForbidden());
        mvc.perform(get("/members/" + id + "/edit").session(leader)).andExpect(status().isForbidden());
    }

    @Test
    void accountsFollowersAndStatusAreRecordedFromTheMembersPage() throws Exception {
        long id = create(huanxian, "曾志刚", newIdNumber(IdNumbers.HUANXIAN, Gender.MALE), HUANXIAN);
        String handle = "zzg" + System.nanoTime() % 1_000_000;
        mvc.perform(post("/members/" + id + "/accounts").with(csrf()).session(huanxian)
                .param("platformCode", "KUAISHOU").param("handle", handle).param("followers", "1200000"))
            .andExpect(status().is3xxRedirection());
        mvc.perform(post("/members/" + id + "/accounts").with(csrf()).session(huanxian)
                .param("platformCode", "KUAISHOU").param("handle", handle + "x").param("url", "ftp://x"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("应以 http:// 或 https:// 开头")));
        mvc.perform(post("/members/" + id + "/accounts").with(csrf()).session(huanxian)
                .param("platformCode", "KUAISHOU").param("handle", handle.toUpperCase()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("已登记在另一位成员名下")));
        long accountId = jdbc.sql("select id from member_account where handle = :h").param("h", handle)
            .query(Long.class).single();
        mvc.perform(post("/members/" + id + "/followers").with(csrf()).session(huanxian)
                .param("accountId", String.valueOf(accountId)).param("on", LocalDate.now().minusDays(30).toString())
                .param("followers", "900000"))
            .andExpect(status().is3xxRedirection());
        mvc.perform(get("/members/" + id + "/followers.json").session(huanxian))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.series[0].name").value("快手 @" + handle))
            .andExpect(jsonPath("$.series[0].data[0][1]").value(900000))
            .andExpect(jsonPath("$.series[0].data[1][1]").value(1200000));
        mvc.perform(get("/members").param("q", handle).session(huanxian))
            .andExpect(content().string(allOf(containsString("data-member-id=\"" + id + "\""),
                    containsString("120万"))));

        mvc.perform(post("/members/" + id + "/status").with(csrf()).session(huanxian)
                .param("status", "TRANSFERRED").param("on", "2025-01-02").param("reason", "").param("version", "0"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("变更在册状态须填写原因")));
        mvc.perform(post("/members/" + id + "/status").with(csrf()).session(huanxian)
                .param("status", "TRANSFERRED").param("on", "2025-01-02").param("reason", "工作调动")
                .param("version", "0"))
            .andExpect(status().is3xxRedirection());
        mvc.perform(get("/members/" + id).session(huanxian))
            .andExpect(content().string(allOf(containsString("迁出"), containsString("工作调动"))));
    }
}
