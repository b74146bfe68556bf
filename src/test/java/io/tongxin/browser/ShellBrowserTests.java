package io.tongxin.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import io.tongxin.shared.ConflictException;
import io.tongxin.shared.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The shell as a user sees it: login page, home page with the side navigation, the user menu,
 * Chinese error pages and htmx requests carrying the CSRF token. Texts are asserted through the
 * message bundle, so the test checks what is rendered, not a copy of the wording. Signs in as the
 * first admin through the real security module.
 */
@Import(ShellBrowserTests.ShellTestPages.class)
class ShellBrowserTests extends BrowserTestSupport {

    @Value("${tongxin.security.admin-password:Test-Root-Pass-2026}")
    String adminPassword;

    @Test
    void loginPageRendersInChinese() {
        Response response = page.navigate(url("/login"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(page).hasTitle(message("login.title") + " - " + message("app.name"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(message("app.name"))))
                .isVisible();
        assertThat(page.getByLabel(message("login.username"))).isVisible();
        assertThat(page.getByLabel(message("login.password"))).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(message("login.submit"))))
                .isVisible();
        assertThat(page.getByText(message("login.notice"))).isVisible();
        assertThat(page.locator("#login-form input[name=_csrf]")).hasCount(1);
        assertThat(page.locator(".alert")).hasCount(0);
        assertChineseGlyphsRender();
        assertNoConsoleErrors();
        screenshot(page, "login");
    }

    @Test
    void loginPageExplainsWhyTheUserIsBack() {
        for (String outcome : new String[] {"error", "locked", "logout", "expired"}) {
            page.navigate(url("/login?" + outcome));
            assertThat(page.locator("#login-" + outcome)).hasText(message("login." + outcome));
            assertThat(page.locator(".alert")).hasCount(1);
        }
        page.navigate(url("/login?locked"));
        screenshot(page, "login-locked");
    }

    @Test
    void wrongPasswordComesBackWithTheChineseError() {
        page.navigate(url("/login"));
        // A user that does not exist: failures against a real account would count towards its lockout.
        page.locator("#username").fill("shell-nobody");
        page.locator("#password").fill("Not-The-Password-1");
        page.locator("#login-form button[type=submit]").click();

        page.waitForURL(address -> address.endsWith("/login?error"));
        assertThat(page.locator("#login-error")).hasText(message("login.error"));
        screenshot(page, "login-error");
    }

    @Test
    void signedInUserSeesHomeWithTheModulesTheyMayOpen() {
        logIn("admin", adminPassword);

        assertThat(page).hasURL(url("/"));
        String displayName = page.locator(".tx-user-name").textContent().strip();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName(message("home.welcome", displayName)))).isVisible();
        Locator sidebarLinks = page.locator(".tx-sidebar a");
        assertThat(sidebarLinks.first()).hasText(message("nav.home"));
        assertThat(page.locator(".tx-sidebar a.active")).hasText(message("nav.home"));
        assertThat(sidebarLinks.count()).as("home and at least one module").isGreaterThan(1);
        assertThat(page.locator(".tx-module-card")).hasCount(sidebarLinks.count() - 1);
        assertNoConsoleErrors();
        screenshot(page, "home");

        page.locator(".tx-user-button").click();
        Locator menu = page.locator(".tx-user-menu");
        assertThat(menu).isVisible();
        assertThat(menu.locator(".badge").first()).isVisible();
        assertThat(menu.getByText(message("user.change-password"))).isVisible();
        Locator logout = menu.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(message("user.logout")));
        assertThat(logout).isVisible();
        screenshot(page, "home-user-menu");

        logout.click();
        page.waitForURL(address -> address.endsWith("/login?logout"));
        assertThat(page.locator("#login-logout")).hasText(message("login.logout"));
    }

    @Test
    void unknownPageShowsTheChinese404() {
        logIn("admin", adminPassword);

        Response response = page.navigate(url("/no-such-page"));

        assertThat(response.status()).isEqualTo(404);
        assertThat(page).hasTitle(message("error.404") + " - " + message("app.short-name"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(message("error.404"))))
                .isVisible();
        assertThat(page.getByText(message("error.404.detail"))).isVisible();
        assertThat(page.locator(".tx-sidebar a").first()).hasText(message("nav.home"));
        assertThat(page.locator(".tx-user-name")).isVisible();
        assertNoConsoleErrors();
        screenshot(page, "error-404");

        page.locator("#error-home").click();
        assertThat(page).hasURL(url("/"));
        page.goBack();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(message("error.go-back"))).click();
        assertThat(page).hasURL(url("/"));
    }

    @Test
    void forbiddenConflictingAndBrokenPagesSpeakChineseToo() {
        logIn("admin", adminPassword);

        Response forbidden = page.navigate(url("/shell-test/forbidden"));
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(page.getByText(message("error.403.detail"))).isVisible();
        screenshot(page, "error-403");

        Response conflict = page.navigate(url("/shell-test/conflict"));
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(message("error.409"))))
                .isVisible();
        assertThat(page.getByText(message("error.bad-parameter", "version"))).isVisible();

        Response broken = page.navigate(url("/shell-test/boom"));
        assertThat(broken.status()).isEqualTo(500);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(message("error.500"))))
                .isVisible();
        assertThat(page.getByText(message("error.500.detail"))).isVisible();
        assertThat(page.content()).doesNotContain("shell-test-secret");
        assertNoConsoleErrors();
        screenshot(page, "error-500");
    }

    @Test
    void htmxRequestsCarryTheCsrfTokenAndFailuresShowTheChineseMessage() {
        logIn("admin", adminPassword);
        page.navigate(url("/shell-test/htmx"));

        page.locator("#post-ok").click();
        assertThat(page.locator("#echoed")).hasText("echoed");

        page.locator("#post-missing").click();
        assertThat(page.locator("#tx-alerts .alert-danger")).hasText(message("error.404.detail"));
        screenshot(page, "htmx-error");
    }

    /** Without a CJK font Chromium draws boxes; WenQuanYi Zen Hei must be installed. */
    private void assertChineseGlyphsRender() {
        Object fontOk = page.evaluate("() => document.fonts.check('16px \"WenQuanYi Zen Hei\"', '\u540c\u5fc3')");
        assertThat(fontOk).as("CJK font installed (fonts-wqy-zenhei)").isEqualTo(true);
    }

    /** Stand-in pages for what the shell must handle; only this test's context has them. */
    @Controller
    static class ShellTestPages {

        @GetMapping("/shell-test/htmx")
        String htmx() {
            return "shell-test/htmx";
        }

        @PostMapping("/shell-test/echo")
        @ResponseBody
        String echo() {
            return "<span id=\"echoed\">echoed</span>";
        }

        @PostMapping("/shell-test/missing")
        String missing() {
            throw new NotFoundException("error.404.detail");
        }

        @GetMapping("/shell-test/conflict")
        String conflict() {
            throw new ConflictException("error.bad-parameter", "version");
        }

        @GetMapping("/shell-test/boom")
        String boom() {
            throw new IllegalStateException("shell-test-secret");
        }

        @GetMapping("/shell-test/forbidden")
        @PreAuthorize("hasAuthority('shell-test:nobody-has-this')")
        String forbidden() {
            return "home";
        }
    }
}
