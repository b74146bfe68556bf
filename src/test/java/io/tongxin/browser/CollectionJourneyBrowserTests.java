package io.tongxin.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.tongxin.member.ChangeSource;
import io.tongxin.member.Importance;
import io.tongxin.member.Member;
import io.tongxin.member.MemberData;
import io.tongxin.member.MemberManagement;
import io.tongxin.member.Tier;
import io.tongxin.personaldata.Gender;
import io.tongxin.personaldata.IdNumbers;
import io.tongxin.security.SecurityFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Self-service collection's "done when", in a real browser: a clerk creates a campaign; a phone
 * (360×740, touch) opens its link, fills the form and submits; the clerk reviews the submission
 * against the existing member, accepts one field and rejects another, and the member page shows
 * the accepted change only.
 */
class CollectionJourneyBrowserTests extends BrowserTestSupport {

    private static final String HUANXIAN = SecurityFixtures.HUANXIAN;

    @Autowired
    SecurityFixtures fixtures;

    @Autowired
    MemberManagement members;

    @Autowired
    UserDetailsService userDetails;

    @Test
    void aPhoneFillsACampaignFormAndAReviewerAcceptsOneFieldAndRejectsAnother() {
        String clerk = fixtures.user(HUANXIAN, "COUNTY_ADMIN");
        String idNumber = IdNumbers.valid("621027", LocalDate.of(1988, 4, 12).plusDays(ThreadLocalRandom.current()
            .nextInt(3000)), Gender.MALE, ThreadLocalRandom.current().nextInt(500));
        Member member = as(clerk, () -> members.register(new MemberData("石磊", null, null, null, idNumber,
                "13709341234", null, null, null, "环县融媒体中心", "记者", null, List.of("ONLINE"), HUANXIAN,
                Tier.COUNTY, Importance.GENERAL, List.of(), null, List.of()), ChangeSource.MANUAL));

        // 1. The clerk creates a campaign and copies its link.
        logIn(clerk, SecurityFixtures.PASSWORD);
        page.navigate(url("/collection/campaigns"));
        page.locator("#campaign-new").click();
        page.locator("#title").fill("环县网络人士信息更新");
        page.getByLabel("网络人士", new Page.GetByLabelOptions().setExact(true)).check();
        page.locator("#campaign-save").click();
        assertThat(page.locator("#campaign-title")).hasText("环县网络人士信息更新");
        assertThat(page.locator("#campaign-qr")).isVisible();
        String link = page.locator("#campaign-link").inputValue();
        assertThat(link).contains("/c/");
        screenshot(page, "collection-campaign");
        assertNoConsoleErrors();

        // 2. A phone opens the link, without logging in, and fills the form.
        try (BrowserContext phone = context.browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(360, 740).setIsMobile(true).setHasTouch(true).setDeviceScaleFactor(2)
                .setLocale("zh-CN").setTimezoneId("Asia/Shanghai")
                .setUserAgent("Mozilla/5.0 (Linux; Android 14; Mobile) AppleWebKit/537.36 Chrome/126 Mobile Safari/537.36"))) {
            Page mobile = phone.newPage();
            mobile.navigate(link);
            assertThat(mobile.locator("#public-title")).hasText("环县网络人士信息更新");
            assertThat(mobile.locator("#consent-notice")).containsText(message("collection.consent.title"));
            mobile.locator("#name").fill("石磊");
            mobile.locator("#idNumber").fill(idNumber);
            mobile.locator("#phone").fill("13893412345");
            mobile.locator("#employer").fill("环县电商协会");
            mobile.locator("#position").fill("带货主播");
            mobile.locator("#public-submit").click();
            // Without consent: refused, with the message at the checkbox and the input kept.
            assertThat(mobile.locator("#consent-error")).hasText(message("collection.error.consent-required"));
            assertThat(mobile.locator("#employer")).hasValue("环县电商协会");
            mobile.locator("#consent1").check();
            Object overflow = mobile.evaluate("() => document.documentElement.scrollWidth");
            assertThat(((Number) overflow).intValue()).as("no horizontal scrolling at 360 px").isLessThanOrEqualTo(360);
            screenshot(mobile, "collection-phone-form");
            // The phone sat on the form past the session timeout: its session is gone, the form still submits.
            phone.clearCookies(new BrowserContext.ClearCookiesOptions().setName("JSESSIONID"));
            mobile.locator("#public-submit").click();
            assertThat(mobile.locator("#notice-title")).hasText(message("collection.notice.thanks.title"));
            screenshot(mobile, "collection-phone-thanks");
        }

        // 3. The clerk reviews it: the employer is accepted, the position and phone are not.
        page.navigate(url("/collection/campaigns"));
        page.locator("#collection-queue").click();
        page.locator("#queue-table a", new Page.LocatorOptions().setHasText("石磊")).first().click();
        assertThat(page.locator("#review-kind")).containsText(message("collection.review.existing"));
        assertThat(page.locator("#diff-employer .tx-current")).hasText("环县融媒体中心");
        assertThat(page.locator("#diff-employer .tx-submitted")).hasText("环县电商协会");
        assertThat(page.locator("#review-diff")).not().containsText(idNumber);
        page.locator("#decision-position-reject").check();
        page.locator("#decision-phone-reject").check();
        screenshot(page, "collection-review-diff");
        page.locator("#review-approve").click();
        assertThat(page.locator("#submission-status")).hasText(message("collection.status.APPROVED"));
        assertNoConsoleErrors();

        // 4. The member page shows the accepted change only, and the history says 本人填报.
        page.navigate(url("/members/" + member.id()));
        assertThat(page.locator(".tx-member-header")).containsText("环县电商协会 记者");
        assertThat(page.locator(".tx-member-header")).not().containsText("带货主播");
        page.navigate(url("/members/" + member.id() + "?tab=history"));
        assertThat(page.locator("main")).containsText(message("member.source.SELF_SERVICE"));
        screenshot(page, "collection-member-history");
        assertNoConsoleErrors();
    }

    private <T> T as(String username, Supplier<T> work) {
        UserDetails user = userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return work.get();
        }
        finally {
            SecurityContextHolder.clearContext();
        }
    }
}
