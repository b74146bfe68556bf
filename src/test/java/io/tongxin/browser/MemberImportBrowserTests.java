package io.tongxin.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import io.tongxin.personaldata.Gender;
import io.tongxin.personaldata.IdNumbers;
import io.tongxin.security.SecurityFixtures;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The import's "done when", in a real browser: a county clerk downloads the template, fills it
 * (with a wrong ID number and an unknown township among good rows), uploads it, reads the report,
 * imports the valid rows only, exports the list and uploads the export again: nothing changes.
 */
class MemberImportBrowserTests extends BrowserTestSupport {

    @Autowired
    SecurityFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aClerkImportsAFilledTemplateAndReimportsTheExportUnchanged() throws Exception {
        String clerk = fixtures.user(SecurityFixtures.HUANXIAN, "COUNTY_ADMIN");
        String surname = uniqueSurname();
        logIn(clerk, SecurityFixtures.PASSWORD);

        page.navigate(url("/members"));
        page.locator("#member-import").click();
        assertThat(page.locator("h1")).hasText(message("member.import.title"));
        Download template = page.waitForDownload(() -> page.locator("#import-template").click());
        Path filled = Files.createTempFile("filled-", ".xlsx");
        fill(template.path(), filled, surname);
        screenshot(page, "import-upload");

        page.locator("#import-file").setInputFiles(filled);
        page.locator("#import-submit").click();
        page.waitForURL(address -> address.contains("/imports/member/"));
        assertThat(page.locator("#import-commit")).isVisible();
        screenshot(page, "import-report");
        assertThat(page.locator("#count-total")).hasText("6");
        assertThat(page.locator("#count-valid")).hasText("4");
        assertThat(page.locator("#count-invalid")).hasText("2");
        assertThat(page.locator("#count-create")).hasText("4");
        Locator errors = page.locator("#import-errors tbody tr");
        assertThat(errors).hasCount(2);
        assertThat(errors.nth(0)).containsText(message("error.id-number.check-digit"));
        assertThat(errors.nth(1)).containsText(message("import.member.unknown-region", "环县/不存在镇"));

        page.locator("#import-commit-button").click();
        assertThat(page.locator("#import-status")).hasText(message("import.status.COMMITTED"));
        assertThat(page.locator("#count-created")).hasText("4");
        screenshot(page, "import-committed");
        assertThat(jdbc.sql("select count(*) from member where name like :p").param("p", surname + "%")
            .query(Integer.class).single()).isEqualTo(4);

        page.navigate(url("/members?q=" + surname));
        assertThat(page.locator("#member-results tbody tr")).hasCount(4);
        Download export = page.waitForDownload(() -> page.locator("#member-export").click());

        page.navigate(url("/members/import"));
        page.locator("#import-file").setInputFiles(export.path());
        page.locator("#import-submit").click();
        assertThat(page.locator("#import-commit")).isVisible();
        assertThat(page.locator("#count-valid")).hasText("4");
        assertThat(page.locator("#count-unchanged")).hasText("4");
        assertThat(page.locator("#count-create")).hasText("0");
        assertThat(page.locator("#count-update")).hasText("0");
        screenshot(page, "import-export-unchanged");
        assertNoConsoleErrors();
    }

    /** Two rare characters, so this test's people are found by a name search and by nothing else. */
    private static String uniqueSurname() {
        String rare = "翦闾丘蒯阚谯逄钭隗鄢邗酆夔郗琅厍鞠";
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "" + rare.charAt(random.nextInt(rare.length())) + rare.charAt(random.nextInt(rare.length()))
                + rare.charAt(random.nextInt(rare.length()));
    }

    /** Fills the downloaded template as a clerk would: good rows with real data, and two mistakes. */
    private static void fill(Path template, Path filled, String surname) throws Exception {
        String goodId = IdNumbers.valid("621021", LocalDate.of(1986, 4, 12), Gender.MALE,
                ThreadLocalRandom.current().nextInt(1, 499));
        String otherId = IdNumbers.valid("621021", LocalDate.of(1992, 9, 3), Gender.FEMALE,
                ThreadLocalRandom.current().nextInt(1, 499));
        List<List<String>> rows = List.of(
                List.of(surname + "明", "男", "汉族", "", goodId, "13909341234", "群众", "大学本科", "环县融媒体中心", "主播",
                        "网络人士、新媒体从业人员", "甘肃省/庆阳市/环县/洪德镇", "县管", "是", "快手", "hx" + surname.hashCode(),
                        "环县小明", "12000", "洪德镇羊肉带货"),
                List.of(surname + "芳", "女", "回族", "1992/9/3", otherId, "", "群众", "大专", "曲子镇电商服务站", "站长",
                        "网络人士", "环县/曲子镇", "乡镇管", "否", "", "", "", "", ""),
                List.of(surname + "强", "男", "汉族", "1980年5月1日", "", "13812345678", "群众", "高中", "", "", "网络人士",
                        "621022100000", "县管", "否", "", "", "", "", ""),
                List.of(surname + "错号", "男", "汉族", "", IdNumbers.withWrongCheckDigit(goodId), "", "群众", "", "", "",
                        "网络人士", "环县", "县管", "否", "", "", "", "", ""),
                List.of(surname + "丽", "女", "汉族", "1995-01-20", "", "", "群众", "大学本科", "", "", "新媒体从业人员",
                        "环县/环城镇", "县管", "否", "", "", "", "", ""),
                List.of(surname + "无镇", "男", "汉族", "", "", "", "群众", "", "", "", "网络人士", "环县/不存在镇", "县管",
                        "否", "", "", "", "", ""));
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.getRow(r + 1) == null ? sheet.createRow(r + 1) : sheet.getRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            try (OutputStream out = Files.newOutputStream(filled)) {
                workbook.write(out);
            }
        }
    }
}
