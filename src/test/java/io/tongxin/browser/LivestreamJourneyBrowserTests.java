package io.tongxin.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import io.tongxin.livestream.LivestreamFixtures;
import io.tongxin.livestream.LivestreamFixtures.Streamer;
import io.tongxin.security.SecurityFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 村村播's "done when", in a real browser: a county clerk enrols a village as a demonstration
 * site, assigns a streamer, adds a weekly schedule, records a session by form, and sees coverage
 * and GMV on the overview and on the streamer's member page; another county sees none of it.
 */
class LivestreamJourneyBrowserTests extends BrowserTestSupport {

    /** 宁县: no other test and no demo data use it, so its figures are this test's own. */
    private static final String NINGXIAN = "621026000000";
    private static final String TOWNSHIP = "621026100000";
    private static final String VILLAGE = "621026100201";

    @Autowired
    SecurityFixtures fixtures;

    @Autowired
    LivestreamFixtures livestream;

    @Test
    void aCountyClerkRunsTheProgrammeFromEnrolmentToGmv() {
        String clerk = fixtures.user(NINGXIAN, "COUNTY_ADMIN");
        Streamer streamer = livestream.asUser(clerk, () -> livestream.streamer("巩晓燕", VILLAGE));
        LocalDate yesterday = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1);
        logIn(clerk, SecurityFixtures.PASSWORD);

        // 1. Enrol the village as a demonstration site.
        page.navigate(url("/livestream/villages"));
        selectAndSettle("#villageCode-township", TOWNSHIP);
        selectAndSettle("#villageCode-village", VILLAGE);
        page.locator("#demonstration").check();
        page.locator("#contactName").fill("巩主任");
        page.locator("#contactPhone").fill("13993412345");
        page.locator("#village-enrol").click();
        assertThat(page.locator("#tx-alerts")).containsText(message("livestream.village.enrolled"));
        assertThat(page.locator("#village-table")).containsText("巩范村委会");
        assertThat(page.locator("tr[data-village='" + VILLAGE + "']")).containsText(message("livestream.field.demonstration"));
        // The contact's phone is listed masked; revealing it asks for a reason (audited).
        assertThat(page.locator("#phone-" + VILLAGE + "-value")).hasText("139****2345");
        assertThat(page.locator("#village-table")).not().containsText("13993412345");
        page.locator("#reveal-" + VILLAGE + "-toggle").click();
        page.locator("#reveal-" + VILLAGE + "-submit").click();
        assertThat(page.locator("#phone-" + VILLAGE + " .invalid-feedback"))
            .hasText(message("livestream.error.reveal-reason-required"));
        screenshot(page, "livestream-village-reveal-reason");
        page.locator("#reveal-" + VILLAGE + "-reason").fill("联系村干部安排直播");
        page.locator("#reveal-" + VILLAGE + "-submit").click();
        assertThat(page.locator("#phone-" + VILLAGE + "-value")).hasText("13993412345");
        screenshot(page, "livestream-villages");
        // Editing never shows the number: an empty phone field keeps it.
        page.locator("#village-edit-" + VILLAGE).click();
        assertThat(page.locator("#contactPhone")).hasValue("");
        assertThat(page.locator("#contactPhone-help")).hasText(message("livestream.village.phone-keep", "139****2345"));
        page.locator("#notes").fill("苹果、黄花菜");
        screenshot(page, "livestream-village-edit");
        page.locator("#village-save").click();
        assertThat(page.locator("#tx-alerts")).containsText(message("livestream.village.updated"));
        assertThat(page.locator("#phone-" + VILLAGE + "-value")).hasText("139****2345");

        // 2. Assign the streamer, found by name.
        page.navigate(url("/livestream/streamers"));
        page.locator("#member-search").fill("巩晓燕");
        page.locator("#candidate-" + streamer.id()).check();
        page.locator("#assign-village").selectOption(VILLAGE);
        page.locator("#assign-save").click();
        assertThat(page.locator("#tx-alerts")).containsText(message("livestream.streamer.assigned"));
        assertThat(page.locator("#assignment-table")).containsText("巩晓燕");
        screenshot(page, "livestream-streamers");

        // 3. A weekly schedule: Tuesdays and Thursdays, 20:00-22:00, teaching.
        page.navigate(url("/livestream/schedules"));
        page.locator("#schedule-streamer").selectOption(String.valueOf(streamer.id()));
        page.locator("#schedule-village").selectOption(VILLAGE);
        page.locator("#weekday-2").check();
        page.locator("#weekday-4").check();
        page.locator("#schedule-starts").fill("20:00");
        page.locator("#schedule-ends").fill("22:00");
        page.locator("#schedule-kind").selectOption("TEACHING");
        page.locator("#schedule-title").fill("养蜂技术讲堂");
        page.locator("#schedule-save").click();
        assertThat(page.locator("#tx-alerts")).containsText(message("livestream.schedule.added"));
        assertThat(page.locator("#schedule-list")).containsText("养蜂技术讲堂");
        screenshot(page, "livestream-schedules");

        // 4. Record a session by form; a first attempt with three decimals is refused at the field.
        page.navigate(url("/livestream/sessions"));
        page.locator("#session-new").click();
        page.locator("#session-streamer").selectOption(String.valueOf(streamer.id()));
        page.locator("#session-streamer-choose").click();
        assertThat(page.locator("#village-" + VILLAGE)).isChecked();
        page.locator("#day").fill(yesterday.toString());
        page.locator("#startsAt").fill("20:05");
        page.locator("#endsAt").fill("21:50");
        page.locator("#peakViewers").fill("420");
        page.locator("#totalViewers").fill("3600");
        page.locator("#orders").fill("96");
        page.locator("#gmv").fill("8888.888");
        page.locator("#product-HONEY").check();
        page.locator("#session-save").click();
        assertThat(page.locator("#gmv-error")).hasText(message("livestream.error.gmv-cents"));
        screenshot(page, "livestream-session-form-error");
        page.locator("#gmv").fill("8888.80");
        page.locator("#session-save").click();
        assertThat(page.locator("#tx-alerts")).containsText(message("livestream.session.recorded"));
        assertThat(page.locator("#session-table")).containsText("8,888.80");
        screenshot(page, "livestream-sessions");

        // 5. Coverage and GMV on the overview, with the charts drawn.
        page.navigate(url("/livestream?from=" + yesterday + "&to=" + yesterday.plusDays(1)));
        assertThat(page.locator("#summary-gmv")).hasText(message("livestream.yuan", "8,888.80"));
        assertThat(page.locator("#summary-villagesEnrolled")).hasText("1");
        assertThat(page.locator("#summary-demonstrationSites")).hasText("1");
        assertThat(page.locator("#summary-villagesActive")).hasText("1");
        assertThat(page.locator("#summary-sessions")).hasText("1");
        assertThat(page.locator("#livestream-month-chart canvas")).hasCount(1);
        assertThat(page.locator("#livestream-region-chart canvas")).hasCount(1);
        assertThat(page.locator("#top-streamers")).containsText("巩晓燕");
        assertNoConsoleErrors();
        screenshot(page, "livestream-overview");

        // 6. The streamer's tab on the member page.
        page.navigate(url("/members/" + streamer.id()));
        page.locator("#tab-livestream").click();
        assertThat(page.locator("#ls-tab-gmv")).containsText("8,888.80");
        assertThat(page.locator("#livestream-member-chart canvas")).hasCount(1);
        assertThat(page.locator("#ls-tab-villages")).containsText("巩范村委会");
        assertNoConsoleErrors();
        screenshot(page, "livestream-member-tab");
    }

    @Test
    void aCountyUserSeesOnlyTheirCounty() {
        String ningxian = fixtures.user(NINGXIAN, "COUNTY_ADMIN");
        String village = "621026100202";
        livestream.asUser(ningxian, () -> {
            livestream.enrol(village);
            Streamer s = livestream.streamer("南桥春", village);
            return livestream.session(s, village, LocalDate.of(2025, 7, 1), "66.60");
        });
        logIn(fixtures.user(SecurityFixtures.CHONGXIN, "COUNTY_ADMIN"), SecurityFixtures.PASSWORD);
        page.navigate(url("/livestream/sessions?size=200"));
        assertThat(page.locator("#session-table")).not().containsText("南桥春");
        var response = page.navigate(url("/livestream?regionCode=" + NINGXIAN));
        assertThat(response.status()).isEqualTo(404);
        page.navigate(url("/livestream"));
        assertThat(page.locator("#livestream-coverage")).containsText(message("livestream.summary.villagesTotal"));
        assertThat(page.locator("h2").first()).containsText("崇信县");
        screenshot(page, "livestream-other-county");
    }
}
