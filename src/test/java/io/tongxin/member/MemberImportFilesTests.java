package io.tongxin.member;

import static io.tongxin.member.ImportFiles.TEMPLATE_HEADER;
import static io.tongxin.member.ImportFiles.row;
import static io.tongxin.security.SecurityFixtures.HUANXIAN;
import static io.tongxin.security.SecurityFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import com.jayway.jsonpath.DocumentContext;
import io.tongxin.personaldata.Gender;
import io.tongxin.personaldata.IdNumber;
import io.tongxin.security.SecurityFixtures;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** What people really upload, and every kind of file the import must refuse with a clear reason. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MemberImportFilesTests {

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

    @Test
    void aGbkCsvWithATitleRowSynonymsAnyOrderAndChineseDatesIsRead() throws Exception {
        String tag = MemberImportTests.unique("码");
        List<String> header = List.of("序号", "　姓 名　", "联系电话", "出生年月", "性别", "类别", "区划", "层级", "平台",
                "抖音号", "粉丝", "身份证号（必填）");
        List<List<Object>> rows = List.of(
                List.of("1", tag + "甲", "139 1234 5678", "1985年3月15日", "男", "网络人士；新媒体从业人员", "环县／洪德镇",
                        "县管", "抖音", "dy" + tag, "1.2万", ""),
                List.of("2", tag + "乙", "", "1990/7/1", "女", "网络人士", "环县", "乡镇管", "", "", "", ""));
        String csv = "环县网络人士名单（2026年）\r\n" + new String(ImportFiles.csv(header, rows,
                StandardCharsets.UTF_8, false), StandardCharsets.UTF_8);

        DocumentContext job = api.validate("名单.csv", csv.getBytes(Charset.forName("GBK")));
        assertThat((Integer) job.read("$.valid")).as(job.jsonString()).isEqualTo(2);
        api.commit(job.read("$.id"), "ALL_OR_NOTHING", false);

        Map<String, Object> first = jdbc.sql("""
                select m.birth_date::text birth, m.gender, m.phone_masked, m.region_code, a.handle, a.followers
                  from member m join member_account a on a.member_id = m.id where m.name = :n""")
            .param("n", tag + "甲").query().singleRow();
        assertThat(first).containsEntry("birth", "1985-03-15").containsEntry("gender", "MALE")
            .containsEntry("region_code", "621022104000").containsEntry("handle", "dy" + tag)
            .containsEntry("followers", 12000L);
        assertThat((String) first.get("phone_masked")).endsWith("5678");
        assertThat(jdbc.sql("select birth_date::text from member where name = :n").param("n", tag + "乙")
            .query(String.class).single()).isEqualTo("1990-07-01");
    }

    @Test
    void utf8WithBomAndOldXlsWithDateCellsAndFormulasAreRead() throws Exception {
        String tag = MemberImportTests.unique("式");
        DocumentContext csv = api.validate("a.csv", ImportFiles.csv(TEMPLATE_HEADER,
                List.of(row(tag + "甲", "女", null, null, "网络人士", "环县", "县管")), StandardCharsets.UTF_8, true));
        assertThat((Integer) csv.read("$.valid")).as(csv.jsonString()).isEqualTo(1);

        List<Object> dated = row("-", "男", null, null, "网络人士", "环县", "县管");
        dated.set(0, new ImportFiles.Formula("\"" + tag + "\"&\"乙\""));
        dated.set(3, LocalDate.of(1979, 12, 31));
        DocumentContext xls = api.validate("old.xls", ImportFiles.xls(TEMPLATE_HEADER, List.of(dated)));
        assertThat((Integer) xls.read("$.valid")).as(xls.jsonString()).isEqualTo(1);
        api.commit(xls.read("$.id"), "ALL_OR_NOTHING", false);
        assertThat(jdbc.sql("select birth_date::text from member where name = :n").param("n", tag + "乙")
            .query(String.class).single()).isEqualTo("1979-12-31");
    }

    @Test
    void aMacroWorkbookIsReadForItsDataAndItsMacrosAreIgnored() throws Exception {
        String tag = MemberImportTests.unique("宏");
        byte[] plain = ImportFiles.xlsx(TEMPLATE_HEADER, List.of(row(tag + "甲", "女", null, null, "网络人士", "环县", "县管")));
        ByteArrayOutputStream withMacros = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(plain));
                ZipOutputStream zip = new ZipOutputStream(withMacros)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("[Content_Types].xml")) {
                    content = new String(content, StandardCharsets.UTF_8).replace("<Default ",
                            "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/><Default ")
                        .getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(content);
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("xl/vbaProject.bin"));
            zip.write("Sub AutoOpen(): Shell \"calc\": End Sub".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }

        DocumentContext job = api.validate("宏.xlsm", withMacros.toByteArray());

        assertThat((Integer) job.read("$.valid")).as(job.jsonString()).isEqualTo(1);
    }

    @Test
    void idNumbersThatExcelTurnedIntoNumbersAreRejectedWithHowToFixTheColumn() throws Exception {
        String idNumber = MemberApiTests.newIdNumber(Gender.MALE);
        List<Object> asNumber = row("数字甲", "男", null, null, "网络人士", "环县", "县管");
        asNumber.set(4, Double.parseDouble(idNumber.substring(0, 17)) * 10);
        List<Object> asExponent = row("数字乙", "男", "6.21022E+17", null, "网络人士", "环县", "县管");
        // Padded with 000 by Excel and still passing the check digit (one number in eleven does).
        List<Object> passesTheCheckDigit = row("数字丙", "", null, null, "网络人士", "环县", "县管");
        passesTheCheckDigit.set(4, Double.parseDouble(truncatedButValid()));

        DocumentContext job = api.validate("n.xlsx",
                ImportFiles.xlsx(TEMPLATE_HEADER, List.of(asNumber, asExponent, passesTheCheckDigit)));

        List<Map<String, Object>> errors = job.read("$.errors");
        assertThat(errors).hasSize(3).allSatisfy(e -> {
            assertThat(e).containsEntry("column", "身份证号码");
            assertThat((String) e.get("message")).contains("文本");
        });
    }

    /** An ID number of 15 digits and 000 whose check digit fits, as Excel's 15 significant digits leave it. */
    private static String truncatedButValid() {
        for (LocalDate birth = LocalDate.of(1985, 3, 1); ; birth = birth.plusDays(1)) {
            for (char digit = '0'; digit <= '9'; digit++) {
                String first15 = "621021" + birth.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE) + digit;
                if (IdNumber.checkDigit(first15 + "00") == '0') {
                    IdNumber.parse(first15 + "000");
                    return first15 + "000";
                }
            }
        }
    }

    @Test
    void filesThatAreNotSpreadsheetsAreRefusedAtOnce() throws Exception {
        upload("名单.xlsx", "这不是表格".getBytes(StandardCharsets.UTF_8))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.detail").value(Matchers.containsString("另存为")));
        upload("photo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3})
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.detail").value(Matchers.containsString(".xlsx")));
        upload("big.csv", new byte[20 * 1024 * 1024 + 1])
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.detail").value(Matchers.containsString("20 MB")));
        upload("empty.xlsx", new byte[0])
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.detail").value(Matchers.containsString("空的")));
    }

    @Test
    void anUploadWithTooManyOrTooLongParametersIsRefused() throws Exception {
        var request = multipart("/api/v1/member-imports")
            .file(new MockMultipartFile("file", "a.csv", "text/csv", "姓名\n甲\n".getBytes(StandardCharsets.UTF_8)))
            .param("note", "x".repeat(101))
            .with(httpBasic(clerk, PASSWORD));
        mvc.perform(request)
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.detail").value(Matchers.containsString("100 个字")));
    }

    @Test
    void aPasswordProtectedWorkbookIsRefusedWithHowToRemoveThePassword() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[4096]), "EncryptedPackage");
            fs.createDocument(new ByteArrayInputStream(new byte[512]), "EncryptionInfo");
            fs.writeFilesystem(out);
        }
        upload("加密.xlsx", out.toByteArray())
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.detail").value(Matchers.containsString("密码")));
    }

    @Test
    void aZipBombIsRefused() throws Exception {
        byte[] normal = ImportFiles.xlsx(TEMPLATE_HEADER, List.of(row("炸弹", "男", null, null, "网络人士", "环县", "县管")));
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(normal));
                ZipOutputStream zip = new ZipOutputStream(bomb)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int at = xml.indexOf("<sheetData");
                    zip.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1024 * 1024];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 50; i++) {
                        zip.write(spaces);
                    }
                    zip.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
                }
                else {
                    zip.write(content);
                }
                zip.closeEntry();
            }
        }

        DocumentContext job = api.validate("bomb.xlsx", bomb.toByteArray());

        assertThat((String) job.read("$.status")).isEqualTo("FAILED");
        assertThat((String) job.read("$.failure")).contains("解压后体积异常");
    }

    @Test
    void aFileAboveTheRowLimitOrWithoutAHeaderFailsWithTheReason() throws Exception {
        StringBuilder csv = new StringBuilder("姓名,性别,统战类别,所属区划,管理层级\n");
        for (int i = 0; i < 100_001; i++) {
            csv.append("行").append(i).append(",男,网络人士,环县,县管\n");
        }
        DocumentContext tooMany = api.validate("many.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat((String) tooMany.read("$.status")).isEqualTo("FAILED");
        assertThat((String) tooMany.read("$.failure")).contains("100000 行");

        DocumentContext noHeader = api.validate("x.csv", "甲,乙,丙\n1,2,3\n".getBytes(StandardCharsets.UTF_8));
        assertThat((String) noHeader.read("$.failure")).contains("表头", "姓名");
    }

    @Test
    void aFailureInTheMiddleOfACommitLeavesTheRegistryAsItWas() throws Exception {
        String tag = MemberImportTests.unique("原");
        List<List<Object>> rows = new ArrayList<>();
        for (String name : List.of("甲", "乙", "丙", "丁")) {
            rows.add(row(tag + name, "男", null, null, "网络人士", "环县", "县管"));
        }
        DocumentContext job = api.validate("atomic.xlsx", ImportFiles.xlsx(TEMPLATE_HEADER, rows));
        assertThat((Integer) job.read("$.valid")).isEqualTo(4);
        // The database refuses the third row halfway through the commit, as a crash would.
        jdbc.sql("""
                create or replace function test_refuse_member() returns trigger language plpgsql as $$
                begin
                  if new.name = '%s' then raise exception 'injected failure'; end if;
                  return new;
                end $$""".formatted(tag + "丙")).update();
        jdbc.sql("create trigger test_refuse_member before insert on member for each row "
                + "execute function test_refuse_member()").update();
        DocumentContext done;
        try {
            done = api.commit(job.read("$.id"), "VALID_ONLY", false);
        }
        finally {
            jdbc.sql("drop trigger test_refuse_member on member").update();
        }

        assertThat((String) done.read("$.status")).isEqualTo("FAILED");
        assertThat((String) done.read("$.failure")).contains("已全部撤销");
        assertThat(jdbc.sql("select count(*) from member where name like :p").param("p", tag + "%")
            .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("""
                select count(*) from audit_event where action = 'MEMBER_IMPORTED' and outcome = 'FAILURE'
                   and target_id = :id""").param("id", (String) job.read("$.id")).query(Integer.class).single())
            .isEqualTo(1);
    }

    @Test
    void aJobLeftRunningByADeadProcessIsReportedAsNotImported() throws Exception {
        String id = java.util.UUID.randomUUID().toString();
        jdbc.sql("""
                insert into import_job (id, kind, created_by, region_code, file_name, file_size, file_sha256,
                    file_format, status)
                values (:id::uuid, 'member', :by, '621022000000', 'crash.xlsx', 1, repeat('0', 64), 'XLSX',
                    'COMMITTING')""").param("id", id).param("by", clerk).update();

        DocumentContext job = api.await(id);

        assertThat((String) job.read("$.status")).isEqualTo("FAILED");
        assertThat((String) job.read("$.failure")).contains("服务器中断", "没有导入任何数据");
    }

    private ResultActions upload(String name, byte[] content) throws Exception {
        return mvc.perform(multipart("/api/v1/member-imports")
            .file(new MockMultipartFile("file", name, MediaType.APPLICATION_OCTET_STREAM_VALUE, content))
            .with(httpBasic(clerk, PASSWORD)));
    }
}
