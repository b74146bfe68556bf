package io.tongxin.member;

import static io.tongxin.member.ImportFiles.TEMPLATE_HEADER;
import static io.tongxin.member.ImportFiles.row;
import static io.tongxin.security.SecurityFixtures.HUANXIAN;
import static io.tongxin.security.SecurityFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import io.tongxin.personaldata.Gender;
import io.tongxin.security.SecurityFixtures;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MemberImportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SecurityFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    String clerk;
    ImportApi api;

    @BeforeEach
    void clerk() {
        clerk = fixtures.user(HUANXIAN, "COUNTY_ADMIN");
        api = new ImportApi(mvc, clerk);
    }

    static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime() % 1_000_000, 36);
    }

    @Test
    void aFileWithBadRowsIsReportedPerCellAndItsValidRowsAreImportedWithSourceImport() throws Exception {
        String tag = unique("导");
        String goodId = MemberApiTests.newIdNumber(Gender.FEMALE);
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row(tag + "甲", "女", goodId, "13912345678", "网络人士、新媒体从业人员", "甘肃省/庆阳市/环县/洪德镇", "县管"));
        rows.add(row(tag + "乙", "男", null, null, "网络人士", "621022100000", "乡镇管"));
        List<Object> badDate = row(tag + "丙", "男", null, null, "网络人士", "环县/曲子镇", "县管");
        badDate.set(3, "1985-02-30");
        rows.add(badDate);
        rows.add(row(tag + "丁", "男", null, null, "外星人", "环县", "县管"));
        rows.add(row(tag + "戊", "女", goodId, null, "网络人士", "环县", "县管"));
        rows.add(row(tag + "己", "男", null, null, "网络人士", "平凉市/崇信县", "县管"));

        DocumentContext job = api.validate("名单.xlsx", ImportFiles.xlsx(TEMPLATE_HEADER, rows));

        assertThat((String) job.read("$.status")).isEqualTo("VALIDATED");
        assertThat((Integer) job.read("$.total")).isEqualTo(6);
        assertThat((Integer) job.read("$.valid")).isEqualTo(2);
        assertThat((Integer) job.read("$.invalid")).isEqualTo(4);
        assertThat((Integer) job.read("$.toCreate")).isEqualTo(2);
        List<Map<String, Object>> errors = job.read("$.errors");
        assertThat(errors).anySatisfy(e -> {
            assertThat(e).containsEntry("row", 4).containsEntry("column", "出生日期");
            assertThat((String) e.get("message")).contains("1985-02-30", "不存在");
        });
        assertThat(errors).anySatisfy(e -> assertThat(e).containsEntry("row", 5).containsEntry("column", "统战类别"));
        assertThat(errors).anySatisfy(e -> {
            assertThat(e).containsEntry("row", 6).containsEntry("column", "身份证号码");
            assertThat((String) e.get("message")).contains("第 2 行");
        });
        assertThat(errors).anySatisfy(e -> {
            assertThat(e).containsEntry("row", 7).containsEntry("column", "所属区划");
            assertThat((String) e.get("message")).contains("不在您管理的范围");
        });

        DocumentContext done = api.commit(job.read("$.id"), "VALID_ONLY", false);

        assertThat((String) done.read("$.status")).isEqualTo("COMMITTED");
        assertThat((Integer) done.read("$.created")).isEqualTo(2);
        Map<String, Object> first = jdbc.sql("select id, region_code, category_codes::text cats from member where name = :n")
            .param("n", tag + "甲").query().singleRow();
        assertThat(first.get("region_code")).isEqualTo("621022104000");
        assertThat((String) first.get("cats")).contains("ONLINE", "NSS_NEW_MEDIA");
        assertThat(jdbc.sql("select count(*) from member where name like :p").param("p", tag + "%")
            .query(Integer.class).single()).isEqualTo(2);
        mvc.perform(get("/api/v1/members/{id}/history", first.get("id")).with(httpBasic(clerk, PASSWORD)))
            .andExpect(jsonPath("$[0].source").value("IMPORT"));
        assertThat(jdbc.sql("""
                select count(*) from audit_event where action = 'MEMBER_IMPORTED' and actor = :a
                  and detail like '%file=名单.xlsx%' and detail like '%sha256=%' and detail like '%created=2%'""")
            .param("a", clerk).query(Integer.class).single()).isEqualTo(1);
    }

    /** Imported members are written by COPY in CSV: quotes, commas, line breaks and backslashes survive. */
    @Test
    void awkwardTextIsStoredExactlyAsInTheFile() throws Exception {
        String tag = unique("引");
        List<Object> row = row(tag + "甲", "女", MemberApiTests.newIdNumber(Gender.FEMALE), "13912345670", "网络人士",
                "621022104000", "县管");
        row.set(8, "庆阳\"融媒\", 环县\\分部");
        row.set(9, "");
        row.set(18, "第一行,含逗号\n第二行 \"引号\" \\ 反斜杠");
        DocumentContext job = api.validate("引号.xlsx", ImportFiles.xlsx(TEMPLATE_HEADER, List.of(row)));
        assertThat((Integer) job.read("$.valid")).isEqualTo(1);

        DocumentContext done = api.commit(job.read("$.id"), "VALID_ONLY", false);

        assertThat((Integer) done.read("$.created")).isEqualTo(1);
        Map<String, Object> stored = jdbc.sql("""
                select employer, position, notes, birth_date, tags::text as tags, category_codes::text as cats,
                       phone_last4, id_number_hmac is not null as has_id
                  from member where name = :n""").param("n", tag + "甲").query().singleRow();
        assertThat(stored.get("employer")).isEqualTo("庆阳\"融媒\", 环县\\分部");
        assertThat(stored.get("notes")).isEqualTo("第一行,含逗号\n第二行 \"引号\" \\ 反斜杠");
        assertThat(stored.get("position")).isNull();
        assertThat(stored.get("tags")).isEqualTo("{}");
        assertThat(stored.get("cats")).isEqualTo("{ONLINE}");
        assertThat(stored.get("phone_last4")).isEqualTo("5670");
        assertThat(stored.get("has_id")).isEqualTo(true);
        assertThat(stored.get("birth_date")).as("taken from the ID number").isNotNull();
    }

    /** A new 昵称 for a stored account is an update (once lost as "unchanged"); an empty cell keeps it. */
    @Test
    void aStoredAccountsNewNicknameIsAnUpdateAndAnEmptyCellKeepsIt() throws Exception {
        String tag = unique("昵");
        String idNumber = MemberApiTests.newIdNumber(Gender.FEMALE);
        String handle = "nick" + System.nanoTime() % 1_000_000_000L;
        DocumentContext first = api.validate("n1.xlsx", ImportFiles.xlsx(TEMPLATE_HEADER,
                List.of(withAccount(tag + "甲", idNumber, handle, "旧昵称"))));
        api.commit(first.read("$.id"), "VALID_ONLY", false);

        DocumentContext renamed = api.validate("n2.xlsx", ImportFiles.xlsx(TEMPLATE_HEADER,
                List.of(withAccount(tag + "甲", idNumber, handle, "新昵称"))));
        assertThat((Integer) renamed.read("$.toUpdate")).isEqualTo(1);
        DocumentContext done = api.commit(renamed.read("$.id"), "VALID_ONLY", true);

        assertThat((Integer) done.read("$.updated")).isEqualTo(1);
        Map<String, Object> stored = jdbc.sql("""
                select m.id, a.display_name from member m join member_account a on a.member_id = m.id
                 where m.name = :n""").param("n", tag + "甲").query().singleRow();
        assertThat(stored).containsEntry("display_name", "新昵称");
        mvc.perform(get("/api/v1/members/" + stored.get("id") + "/history").with(httpBasic(clerk, PASSWORD)))
            .andExpect(jsonPath("$[?(@.field == 'accountDisplayName' && @.source == 'IMPORT')].newValue",
                    org.hamcrest.Matchers.contains("KUAISHOU @" + handle + ": 新昵称")));
        var session = (org.springframework.mock.web.MockHttpSession) mvc.perform(
                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin("/login")
                    .user(clerk).password(PASSWORD)).andReturn().getRequest().getSession();
        mvc.perform(get("/members/" + stored.get("id")).param("tab", "history").session(session))
            .andExpect(status().isOk())
            .andExpect(content().string(org.hamcrest.Matchers.allOf(
                    org.hamcrest.Matchers.containsString("账号昵称"),
                    org.hamcrest.Matchers.containsString("快手 @" + handle + ": 新昵称"))));

        DocumentContext emptyCell = api.validate("n3.xlsx", ImportFiles.xlsx(TEMPLATE_HEADER,
                List.of(withAccount(tag + "甲", idNumber, handle, ""))));
        assertThat((Integer) emptyCell.read("$.unchanged")).isEqualTo(1);
        assertThat((Integer) emptyCell.read("$.toUpdate")).isZero();
    }

    private static List<Object> withAccount(String name, String idNumber, String handle, String nickname) {
        List<Object> row = row(name, "女", idNumber, null, "网络人士", "环县", "县管");
        row.set(14, "快手");
        row.set(15, handle);
        row.set(16, nickname);
        return row;
    }

    @Test
    void newMembersComeWithTheirAccountFollowersAndHistoryAndAHandleBelongsToOnePerson() throws Exception {
        String tag = unique("账");
        String handle = "imp" + System.nanoTime() % 1_000_000_000L;
        List<Object> withAccount = row(tag + "甲", "女", null, null, "网络人士", "环县", "县管");
        withAccount.set(14, "快手");
        withAccount.set(15, handle);
        withAccount.set(16, "环县甲");
        withAccount.set(17, "3.5万");
        List<Object> sameHandle = row(tag + "乙", "女", null, null, "网络人士", "环县", "县管");
        sameHandle.set(14, "快手");
        sameHandle.set(15, handle.toUpperCase());
        DocumentContext job = api.validate("acc.xlsx", ImportFiles.xlsx(TEMPLATE_HEADER, List.of(withAccount, sameHandle)));
        assertThat((Integer) job.read("$.invalid")).isEqualTo(1);
        List<Map<String, Object>> errors = job.read("$.errors");
        assertThat(errors).singleElement().satisfies(e -> assertThat(e).containsEntry("row", 3)
            .containsEntry("column", "账号"));
        api.commit(job.read("$.id"), "VALID_ONLY", false);

        Map<String, Object> stored = jdbc.sql("""
                select m.id, m.max_followers, a.followers, a.display_name,
                       (select count(*) from follower_snapshot s where s.account_id = a.id) snapshots
                  from member m join member_account a on a.member_id = m.id where m.name = :n""")
            .param("n", tag + "甲").query().singleRow();
        assertThat(stored).containsEntry("max_followers", 35000L).containsEntry("followers", 35000L)
            .containsEntry("display_name", "环县甲").containsEntry("snapshots", 1L);
        // The history reads back field by field, with the source 导入 (IMPORT).
        mvc.perform(get("/api/v1/members/" + stored.get("id") + "/history").with(httpBasic(clerk, PASSWORD)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[?(@.field == 'accounts' && @.source == 'IMPORT')].newValue",
                    org.hamcrest.Matchers.contains("KUAISHOU @" + handle)))
            .andExpect(jsonPath("$[?(@.field == 'name' && @.source == 'IMPORT')].newValue",
                    org.hamcrest.Matchers.contains(tag + "甲")))
            .andExpect(jsonPath("$[?(@.field == '*created')]", org.hamcrest.Matchers.empty()));

        List<Object> taken = row(tag + "丙", "男", null, null, "网络人士", "环县", "县管");
        taken.set(14, "快手");
        taken.set(15, handle);
        DocumentContext again = api.validate("acc2.xlsx", ImportFiles.xlsx(TEMPLATE_HEADER, List.of(taken)));
        List<Map<String, Object>> takenErrors = again.read("$.errors");
        assertThat(takenErrors).singleElement().satisfies(e -> assertThat((String) e.get("message")).contains(handle));
    }

    @Test
    void allOrNothingIsRefusedWhileTheFileHasErrors() throws Exception {
        String tag = unique("全");
        DocumentContext job = api.validate("a.xlsx", ImportFiles.xlsx(TEMPLATE_HEADER, List.of(
                row(tag + "甲", "女", null, null, "网络人士", "环县", "县管"),
                row(tag + "乙", "女", null, null, "网络人士", "不存在的地方", "县管"))));

        mvc.perform(post("/api/v1/member-imports/{id}/commit", (String) job.read("$.id"))
                .with(httpBasic(clerk, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"mode\":\"ALL_OR_NOTHING\",\"update\":false}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.detail").value(Matchers.containsString("还有 1 行有误")));
        assertThat(jdbc.sql("select count(*) from member where name like :p").param("p", tag + "%")
            .query(Integer.class).single()).isZero();
    }

    @Test
    void existingMembersAreUpdatedOnlyWhenChosenAndAnUnchangedExportShowsNoChanges() throws Exception {
        String tag = unique("更");
        String idNumber = MemberApiTests.newIdNumber(Gender.MALE);
        DocumentContext first = api.validate("first.xlsx", ImportFiles.xlsx(TEMPLATE_HEADER, List.of(
                row(tag + "甲", "男", idNumber, "13912345678", "网络人士", "环县/洪德镇", "县管"),
                row(tag + "乙", "女", null, null, "网络人士", "环县", "县管"))));
        api.commit(first.read("$.id"), "ALL_OR_NOTHING", false);

        List<Object> changed = row(tag + "甲", "男", idNumber, "13912345678", "网络人士", "环县/洪德镇", "县管");
        changed.set(9, "站长");
        DocumentContext second = api.validate("second.xlsx", ImportFiles.xlsx(TEMPLATE_HEADER, List.of(changed)));
        assertThat((Integer) second.read("$.toUpdate")).isEqualTo(1);
        DocumentContext skipped = api.commit(second.read("$.id"), "VALID_ONLY", false);
        assertThat((Integer) skipped.read("$.updated")).isZero();
        assertThat(jdbc.sql("select position from member where name = :n").param("n", tag + "甲")
            .query(String.class).single()).isEqualTo("主播");

        DocumentContext third = api.validate("third.xlsx", ImportFiles.xlsx(TEMPLATE_HEADER, List.of(changed)));
        DocumentContext updated = api.commit(third.read("$.id"), "VALID_ONLY", true);
        assertThat((Integer) updated.read("$.updated")).isEqualTo(1);
        assertThat(jdbc.sql("select position from member where name = :n").param("n", tag + "甲")
            .query(String.class).single()).isEqualTo("站长");
        assertThat(jdbc.sql("""
                select count(*) from member_change c join member m on m.id = c.member_id
                 where m.name = :n and c.field = 'position' and c.source = 'IMPORT'
                   and c.old_value = '主播' and c.new_value = '站长'""")
            .param("n", tag + "甲").query(Integer.class).single()).isEqualTo(1);

        byte[] export = mvc.perform(get("/api/v1/members/export").param("q", tag).with(httpBasic(clerk, PASSWORD)))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        DocumentContext again = api.validate("export.xlsx", export);
        assertThat((Integer) again.read("$.valid")).isEqualTo(2);
        assertThat((Integer) again.read("$.unchanged")).isEqualTo(2);
        assertThat((Integer) again.read("$.toUpdate")).isZero();
        assertThat((Integer) again.read("$.toCreate")).isZero();
    }

    @Test
    void theRejectedRowsComeBackAsTheOriginalRowsWithTheirErrors() throws Exception {
        String tag = unique("退");
        DocumentContext job = api.validate("r.xlsx", ImportFiles.xlsx(TEMPLATE_HEADER, List.of(
                row(tag + "甲", "女", null, null, "网络人士", "环县", "县管"),
                row(tag + "乙", "不知道", null, null, "网络人士", "环县", "县管"))));

        byte[] file = mvc.perform(get("/api/v1/member-imports/{id}/rejected-rows", (String) job.read("$.id"))
                .with(httpBasic(clerk, PASSWORD)))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter f = new DataFormatter();
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(f.formatCellValue(sheet.getRow(0).getCell(0))).isEqualTo("错误原因");
            assertThat(f.formatCellValue(sheet.getRow(0).getCell(2))).isEqualTo("姓名");
            assertThat(f.formatCellValue(sheet.getRow(1).getCell(0))).contains("性别", "不知道");
            assertThat(f.formatCellValue(sheet.getRow(1).getCell(1))).isEqualTo("3");
            assertThat(f.formatCellValue(sheet.getRow(1).getCell(2))).isEqualTo(tag + "乙");
        }
    }

    @Test
    void anotherUsersImportIsNotFound() throws Exception {
        DocumentContext job = api.validate("x.xlsx", ImportFiles.xlsx(TEMPLATE_HEADER, List.of(
                row(unique("他") + "甲", "女", null, null, "网络人士", "环县", "县管"))));
        String other = fixtures.user(HUANXIAN, "COUNTY_ADMIN");

        mvc.perform(get("/api/v1/member-imports/{id}", (String) job.read("$.id")).with(httpBasic(other, PASSWORD)))
            .andExpect(status().isNotFound());
        String leader = fixtures.user(HUANXIAN, "LEADER");
        mvc.perform(get("/api/v1/member-imports/{id}", (String) job.read("$.id")).with(httpBasic(leader, PASSWORD)))
            .andExpect(status().isForbidden());
    }
}
