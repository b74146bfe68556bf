package io.tongxin.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import io.tongxin.livestream.LivestreamFixtures;
import io.tongxin.livestream.LivestreamFixtures.Streamer;
import io.tongxin.livestream.internal.ProgrammeManagement;
import io.tongxin.security.SecurityFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 村村播's "one file imported twice creates nothing new", in a real browser: a county clerk
 * uploads a Douyin export of a streamer's sessions, imports it, then uploads the same file again.
 */
class SessionImportBrowserTests extends BrowserTestSupport {

    private static final String HESHUI = "621024000000";
    private static final String VILLAGE = "621024100002";

    @Autowired
    SecurityFixtures users;

    @Autowired
    LivestreamFixtures fixtures;

    @Autowired
    ProgrammeManagement programme;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aClerkImportsADouyinExportAndTheSameFileAgainCreatesNothing() throws Exception {
        String clerk = users.user(HESHUI, "COUNTY_ADMIN");
        Streamer streamer = fixtures.asUser(clerk, () -> {
            fixtures.enrol(VILLAGE);
            Streamer s = fixtures.streamer("乔玉兰", VILLAGE);
            programme.assign(s.id(), VILLAGE, LocalDate.now().minusMonths(6));
            return s;
        });
        String handle = jdbc.sql("select handle from member_account where id = :id").param("id", streamer.accountId())
            .query(String.class).single();
        String day = LocalDate.now().minusDays(4).toString();
        Path export = Files.createTempFile("douyin-", ".csv");
        Files.writeString(export, """
                直播开始时间,直播时长,抖音号,场观,最高在线,订单量,成交金额,直播ID,带货商品
                %1$s 20:00:00,120,%2$s,5200,640,88,"6,288.00",B%3$d-1,土蜂蜜
                %1$s 09:30:00,45,%2$s,900,120,0,0,B%3$d-2,
                """.formatted(day, handle, System.nanoTime() % 1_000_000), StandardCharsets.UTF_8);
        logIn(clerk, SecurityFixtures.PASSWORD);

        page.navigate(url("/livestream/sessions"));
        page.locator("#session-import").click();
        page.locator("#import-platform").selectOption("DOUYIN");
        page.locator("#import-file").setInputFiles(export);
        screenshot(page, "session-import-upload");
        page.locator("#import-submit").click();
        assertThat(page.locator("#import-commit")).isVisible();
        assertThat(page.locator("#count-valid")).hasText("2");
        assertThat(page.locator("#count-create")).hasText("2");
        page.locator("#import-commit-button").click();
        assertThat(page.locator("#import-status")).hasText(message("import.status.COMMITTED"));
        assertThat(page.locator("#count-created")).hasText("2");
        screenshot(page, "session-import-committed");

        page.navigate(url("/livestream/sessions/import?platform=DOUYIN"));
        page.locator("#import-file").setInputFiles(export);
        page.locator("#import-submit").click();
        assertThat(page.locator("#count-unchanged")).hasText("2");
        assertThat(page.locator("#count-create")).hasText("0");
        page.locator("#import-commit-button").click();
        assertThat(page.locator("#count-created")).hasText("0");
        screenshot(page, "session-import-again");

        page.navigate(url("/livestream/sessions?streamer=" + streamer.id()));
        assertThat(page.locator("#session-table tbody tr")).hasCount(2);
        assertThat(page.locator("#session-table")).containsText("6,288.00");
        assertNoConsoleErrors();
    }
}
