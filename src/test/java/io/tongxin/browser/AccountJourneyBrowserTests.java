package io.tongxin.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Response;
import io.tongxin.security.SecurityFixtures;
import io.tongxin.security.UserManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * The account journeys of the foundation, through the real pages: an administrator creates an
 * account with the region picker, the new user must change the one-time password, a guessed password
 * locks the account, the audit administrator sees all of it in a chain that verifies, and a county
 * user is kept out of user management.
 */
class AccountJourneyBrowserTests extends BrowserTestSupport {

    @Value("${tongxin.security.admin-password}")
    String adminPassword;

    @Autowired
    SecurityFixtures fixtures;

    @Autowired
    UserManagement users;

    @Test
    void anAdministratorCreatesACountyAccountAndItsOwnerSetsTheirPassword() {
        logIn("admin", adminPassword);
        page.navigate(url("/users"));
        assertThat(page.locator("#users-table")).isVisible();
        screenshot(page, "users-list");

        page.getByText(message("users.new")).first().click();
        String username = "hx" + System.nanoTime() % 1_000_000;
        page.locator("#username").fill(username);
        page.locator("#displayName").fill("环县统战部 马干事");
        selectAndSettle("#regionCode-city", "621000000000");
        selectAndSettle("#regionCode-county", "621022000000");
        assertThat(page.locator("input[type=hidden][name=regionCode]")).hasValue("621022000000");
        page.getByLabel(roleName("COUNTY_ADMIN")).check();
        screenshot(page, "user-form");
        page.locator("main button[type=submit]").first().click();

        assertThat(page.locator("#initial-password")).isVisible();
        String oneTimePassword = page.locator("#initial-password").textContent().strip();
        assertThat(oneTimePassword).hasSize(14);
        screenshot(page, "user-created");
        assertNoConsoleErrors();

        context.clearCookies();
        logIn(username, oneTimePassword);
        assertThat(page).hasURL(url("/account/password"));
        assertThat(page.getByText(message("account.password.must-change"))).isVisible();
        page.locator("#currentPassword").fill(oneTimePassword);
        page.locator("#newPassword").fill("onlylowercase");
        page.locator("#confirmPassword").fill("onlylowercase");
        page.locator("main button[type=submit]").click();
        assertThat(page.locator("#password-error")).hasText(message("error.password.too-simple"));
        screenshot(page, "password-change-error");

        page.locator("#currentPassword").fill(oneTimePassword);
        page.locator("#newPassword").fill("Huanxian-Ma-2026");
        page.locator("#confirmPassword").fill("Huanxian-Ma-2026");
        page.locator("main button[type=submit]").click();
        assertThat(page).hasURL(url("/"));
        assertThat(page.locator(".tx-user-name")).hasText("环县统战部 马干事");
        assertNoConsoleErrors();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountAndTheAuditorSeesItInAVerifiedChain() {
        String victim = fixtures.user(SecurityFixtures.HUANXIAN, "LEADER");
        for (int i = 0; i < 5; i++) {
            page.navigate(url("/login"));
            page.locator("#username").fill(victim);
            page.locator("#password").fill("Guess-Number-" + i);
            page.locator("#login-form button[type=submit]").click();
            page.waitForURL(address -> address.endsWith("/login?error"));
        }
        page.locator("#username").fill(victim);
        page.locator("#password").fill(SecurityFixtures.PASSWORD);
        page.locator("#login-form button[type=submit]").click();
        page.waitForURL(address -> address.endsWith("/login?locked"));
        assertThat(page.locator("#login-locked")).hasText(message("login.locked"));
        screenshot(page, "login-locked-after-five-failures");

        logIn(fixtures.user(SecurityFixtures.QINGYANG, "AUDIT_ADMIN"), SecurityFixtures.PASSWORD);
        page.navigate(url("/audit?actor=" + victim));
        assertThat(page.locator("table").getByText(message("audit.action.ACCOUNT_LOCKED"))).hasCount(1);
        assertThat(page.locator("table").getByText(message("audit.action.LOGIN_FAILURE"))).hasCount(6);
        page.getByText(message("audit.verify.button")).click();
        assertThat(page.locator(".alert-success").first()).isVisible();
        screenshot(page, "audit-log");
        assertNoConsoleErrors();
    }

    @Test
    void aCountyAdministratorIsKeptOutOfUserManagement() {
        logIn(fixtures.user(SecurityFixtures.CHONGXIN, "COUNTY_ADMIN"), SecurityFixtures.PASSWORD);
        assertThat(page.locator(".tx-sidebar")).not().containsText(message("nav.users"));
        Response response = page.navigate(url("/users"));
        assertThat(response.status()).isEqualTo(403);
        assertThat(page.getByText(message("error.403.detail"))).isVisible();
        screenshot(page, "users-forbidden");
    }

    private String roleName(String code) {
        return users.roleNames().get(code);
    }
}
