package io.tongxin.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.microsoft.playwright.Page;
import io.tongxin.member.AccountData;
import io.tongxin.member.ChangeSource;
import io.tongxin.member.Importance;
import io.tongxin.member.Member;
import io.tongxin.member.MemberData;
import io.tongxin.member.MemberManagement;
import io.tongxin.member.PositionData;
import io.tongxin.member.Tier;
import io.tongxin.personaldata.Gender;
import io.tongxin.personaldata.IdNumbers;
import io.tongxin.security.SecurityFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The member registry's "done when", in a real browser: a county clerk registers a member (a
 * refused first attempt shows the messages at their fields), adds an online account and follower
 * counts, finds the member by pinyin initials, edits, sees the change in the history, reveals the
 * ID number for a reason (audited), is refused a second record for the same person and a save over
 * someone else's newer version.
 */
class MemberJourneyBrowserTests extends BrowserTestSupport {

    private static final String HUANXIAN = SecurityFixtures.HUANXIAN;

    @Autowired
    SecurityFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MemberManagement members;

    @Autowired
    UserDetailsService userDetails;

    @Test
    void aCountyClerkRegistersFindsEditsAndRevealsAMember() {
        String clerk = fixtures.user(HUANXIAN, "COUNTY_ADMIN");
        seedColleagues(clerk);
        String idNumber = idNumber(Gender.FEMALE);
        String handle = "oyxl" + System.nanoTime() % 1_000_000;
        logIn(clerk, SecurityFixtures.PASSWORD);

        // 1. The form: a first attempt with mistakes, each message at its field.
        page.navigate(url("/members"));
        page.locator("#member-new").click();
        page.locator("#name").fill("欧阳晓岚");
        page.locator("#idNumber").fill(IdNumbers.withWrongCheckDigit(idNumber));
        page.locator("#phone").fill("1390934");
        page.locator("#member-save").click();
        assertThat(page.locator("#member-form-errors")).isVisible();
        assertThat(page.locator("#idNumber-error")).containsText(message("error.id-number.check-digit"));
        assertThat(page.locator("#categoryCodes-error")).hasText(message("error.member.category-required"));
        assertThat(page.locator("#name")).hasValue("欧阳晓岚");
        screenshot(page, "member-form-errors");

        page.locator("#idNumber").fill(idNumber);
        page.locator("#phone").fill(mobile());
        page.locator("#ethnicity").selectOption("03");
        page.locator("#politicalAffiliation").selectOption("13");
        page.locator("#education").selectOption("31");
        page.locator("#nativePlace").fill("甘肃环县");
        page.getByLabel("网络人士", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("新媒体从业人员").check();
        selectAndSettle("#regionCode-township", "621022104000");
        selectAndSettle("#regionCode-village", "621022104201");
        page.getByLabel(message("member.tier.COUNTY")).check();
        page.getByLabel(message("member.importance.KEY")).check();
        page.locator("#employer").fill("环县晓岚农产品电商合作社");
        page.locator("#position").fill("负责人");
        page.locator("#tags").fill("带货达人、返乡创业");
        page.locator("#positions0\\.typeCode").selectOption("CPPCC_MEMBER");
        page.locator("#positions0\\.levelCode").selectOption("COUNTY");
        page.locator("#positions0\\.body").fill("政协环县第十届委员会");
        page.locator("#member-save").click();

        assertThat(page.locator("#tx-alerts")).containsText(message("member.created"));
        assertThat(page.locator("#member-name")).hasText("欧阳晓岚");
        String memberPath = page.url().substring(page.url().indexOf("/members/"));
        long id = Long.parseLong(memberPath.substring("/members/".length()));
        assertNoConsoleErrors();

        // 2. An online account and its follower history, drawn as a chart.
        page.locator("#tab-accounts").click();
        page.locator("#platformCode").selectOption("DOUYIN");
        page.locator("#handle").fill(handle);
        page.locator("#displayName").fill("晓岚说环县");
        page.locator("#url").fill("https://www.douyin.com/user/" + handle);
        page.locator("#followers").fill("128600");
        page.locator("#contentDomainCode").selectOption("RURAL");
        page.locator("#account-verified").check();
        page.locator("#account-save").click();
        assertThat(page.locator("#account-table")).containsText("@" + handle);
        for (int daysAgo : new int[] {90, 60, 30}) {
            page.locator("#followers-account").selectOption(page.locator("#followers-account option").nth(1)
                .getAttribute("value"));
            page.locator("#followers-on").fill(LocalDate.now().minusDays(daysAgo).toString());
            page.locator("#followers-count").fill(String.valueOf(128600 - daysAgo * 800));
            page.locator("#followers-save").click();
            assertThat(page.locator("#tx-alerts")).containsText(message("member.followers-recorded"));
        }
        assertThat(page.locator("#followers-chart canvas")).isVisible();
        screenshot(page, "member-accounts-chart");
        assertNoConsoleErrors();

        // 3. Found by pinyin initials in the search box; the address can be shared.
        page.locator(".tx-sidebar").getByText(message("nav.members")).click();
        page.waitForURL(url("/members"));
        page.locator("#member-q").fill("oyxl");
        assertThat(page.locator("#member-table tr[data-member-id='" + id + "']")).isVisible();
        page.waitForFunction("() => location.search === '?q=oyxl'");
        assertThat(page.locator("#member-table tr[data-member-id='" + id + "']")).containsText("B");
        page.locator("#member-q").fill("");
        page.waitForFunction("() => !location.search.includes('q=oyxl')");
        // The whole list is back (the shared test database holds other tests' members too).
        page.waitForFunction("() => document.querySelectorAll('#member-table tr[data-member-id]').length > 1");
        screenshot(page, "member-list");
        page.locator("#member-q").fill("oyxl");
        page.locator("#member-table tr[data-member-id='" + id + "'] a").click();
        assertNoConsoleErrors();

        // 4. Edit; the change shows in the history with Chinese field names.
        page.locator("#member-edit").click();
        assertThat(page.locator("#idNumber")).hasValue("");
        assertThat(page.locator("#idNumber-hint")).containsText("********");
        page.locator("#employer").fill("环县洪德镇电商服务站");
        page.locator("#member-save").click();
        assertThat(page.locator("#tx-alerts")).containsText(message("member.saved"));
        page.locator("#tab-history").click();
        assertThat(page.locator("#history-table tr[data-field='employer']").first())
            .containsText("环县洪德镇电商服务站");
        assertThat(page.locator("#history-table tr[data-field='employer']").first())
            .containsText(message("member.field.employer"));
        screenshot(page, "member-history");

        // 5. Reveal the ID number for a reason; the reveal is in the audit log.
        page.navigate(url(memberPath));
        page.locator("#reveal-ID_NUMBER-toggle").click();
        page.locator("#reveal-ID_NUMBER button[type=submit]").click();
        assertThat(page.locator("#sensitive-ID_NUMBER .invalid-feedback"))
            .hasText(message("error.member.reveal-reason-required"));
        page.locator("#reveal-ID_NUMBER-reason").fill("办理政协委员推荐手续");
        page.locator("#reveal-ID_NUMBER button[type=submit]").click();
        assertThat(page.locator("#value-ID_NUMBER")).hasText(idNumber);
        screenshot(page, "member-detail");
        String audit = jdbc.sql("""
                select detail from audit_event where action = 'SENSITIVE_REVEALED' and target_id = :id
                   and actor = :actor""")
            .param("id", String.valueOf(id)).param("actor", clerk).query(String.class).single();
        assertThat(audit).contains("ID_NUMBER").contains("办理政协委员推荐手续").doesNotContain(idNumber);
        assertNoConsoleErrors();

        // 6. The same person again is refused, at the ID number field.
        page.navigate(url("/members/new"));
        page.locator("#name").fill("欧阳晓岚");
        page.locator("#idNumber").fill(idNumber);
        page.getByLabel("网络人士", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel(message("member.tier.COUNTY")).check();
        page.locator("#member-save").click();
        assertThat(page.locator("#idNumber-error")).hasText(message("error.member.duplicate-id-in-scope", String.valueOf(id)));
        assertThat(page.locator("#idNumber-duplicate-link")).hasAttribute("href", memberPath);
        screenshot(page, "member-form-duplicate");

        // 7. Two editors: the second save is refused and offers the current version.
        Page other = context.newPage();
        page.navigate(url(memberPath + "/edit"));
        other.navigate(url(memberPath + "/edit"));
        other.locator("#position").fill("理事长");
        other.locator("#member-save").click();
        assertThat(other.locator("#tx-alerts")).containsText(message("member.saved"));
        page.locator("#position").fill("总经理");
        page.locator("#member-save").click();
        assertThat(page.locator("#member-stale")).containsText(message("error.member.stale-version", "欧阳晓岚"));
        screenshot(page, "member-form-stale");
        page.locator("#member-stale-reload").click();
        assertThat(page.locator("#position")).hasValue("理事长");
        assertNoConsoleErrors();

        // 8. A record not verified for a year asks for verification; confirming clears it.
        long stale = jdbc.sql("select max(id) from member where name = '何永刚'").query(Long.class).single();
        page.navigate(url("/members/" + stale));
        assertThat(page.locator("#member-stale-banner")).isVisible();
        screenshot(page, "member-stale");
        page.locator("#member-verify").click();
        assertThat(page.locator("#tx-alerts")).containsText(message("member.verified"));
        assertThat(page.locator("#member-stale-banner")).hasCount(0);
        assertNoConsoleErrors();
    }

    @Test
    void anotherCountysMemberShowsTheChineseNotFoundPage() {
        String clerk = fixtures.user(SecurityFixtures.QINGYANG, "CITY_ADMIN");
        long id = asUser(clerk, () -> register("韩雪梅", Gender.FEMALE, "621022101201", List.of("NON_PARTY"),
                Tier.COUNTY, Importance.GENERAL, "环县曲子镇卫生院", List.of())).id();
        logIn(fixtures.user(SecurityFixtures.CHONGXIN, "COUNTY_ADMIN"), SecurityFixtures.PASSWORD);
        var response = page.navigate(url("/members/" + id));
        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator(".tx-error-detail")).hasText(message("error.member.not-found", id));
        screenshot(page, "member-not-found");
    }

    /** A few members in the clerk's county, so that the list looks like a working day. */
    private void seedColleagues(String clerk) {
        asUser(clerk, () -> {
            Member a = register("马海军", Gender.MALE, "621022100000", List.of("ONLINE", "ONLINE_REPRESENTATIVE"),
                    Tier.CITY, Importance.KEY, "环县融媒体中心", List.of());
            members.addAccount(a.id(), new AccountData("KUAISHOU", "mhj" + System.nanoTime() % 1_000_000,
                    "环县老马", null, 1_560_000L, "RURAL", true));
            register("李秀英", Gender.FEMALE, "621022101205", List.of("NON_PARTY_INTELLECTUAL"), Tier.COUNTY,
                    Importance.GENERAL, "环县第一中学", List.of(new PositionData("NPC_DEPUTY", "COUNTY",
                            "环县第十八届人民代表大会", LocalDate.of(2021, 12, 1), LocalDate.of(2026, 11, 30))));
            Member c = register("张卫东", Gender.MALE, "621022108000", List.of("NON_PUBLIC_ECONOMY"),
                    Tier.COUNTY, Importance.KEY, "环县羊羔肉食品有限公司", List.of());
            members.addAccount(c.id(), new AccountData("DOUYIN", "zwd" + System.nanoTime() % 1_000_000, null, null,
                    23_400L, "FOOD", false));
            Member d = register("白春梅", Gender.FEMALE, "621022200000", List.of("NSS_FREELANCER"),
                    Tier.TOWNSHIP, Importance.GENERAL, null, List.of());
            members.addAccount(d.id(), new AccountData("WECHAT_CHANNELS", "bcm" + System.nanoTime() % 1_000_000,
                    null, null, 3_200L, "CULTURE", false));
            Member e = register("何永刚", Gender.MALE, "621022104201", List.of("RELIGIOUS"), Tier.COUNTY,
                    Importance.GENERAL, null, List.of());
            jdbc.sql("update member set last_verified_on = current_date - 400 where id = :id").param("id", e.id())
                .update();
            return null;
        });
    }

    private Member register(String name, Gender gender, String region, List<String> categories, Tier tier,
            Importance importance, String employer, List<PositionData> positions) {
        return members.register(new MemberData(name, null, "01", null, idNumber(gender), mobile(), null, "21", "13",
                employer, null, null, categories, region, tier, importance, List.of(), null, positions),
                ChangeSource.MANUAL);
    }

    private <T> T asUser(String username, java.util.function.Supplier<T> work) {
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

    private static String idNumber(Gender gender) {
        LocalDate birth = LocalDate.of(1965, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(14000));
        return IdNumbers.valid(IdNumbers.HUANXIAN, birth, gender, ThreadLocalRandom.current().nextInt(500));
    }

    private static String mobile() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
