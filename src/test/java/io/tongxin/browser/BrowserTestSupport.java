package io.tongxin.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base class of browser tests: the whole application on a random port, driven by Debian's
 * Chromium through Playwright. One browser per test class, a fresh context (no cookies, 1366×768,
 * zh-CN) per test, exposed as {@link #page}.
 *
 * <p>Chromium comes from {@code apt-get install -y chromium fonts-wqy-zenhei} (see {@code .ci/run});
 * without the font, Chinese renders as boxes. {@code TONGXIN_CHROMIUM} overrides the executable.
 * Playwright never downloads a browser of its own ({@code PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD}).
 *
 * <pre>
 * class MemberJourneyTests extends BrowserTestSupport {
 *     &#64;Test void registersAMember() {
 *         logIn("clerk", "secret");
 *         page.navigate(url("/members/new"));
 *         ...
 *         screenshot(page, "member-new");
 *     }
 * }
 * </pre>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class BrowserTestSupport {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--no-first-run", "--disable-dev-shm-usage");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    @Autowired
    protected MessageSource messageSource;

    /** The browser context of the current test: cookies and storage live and die with the test. */
    protected BrowserContext context;

    /** A fresh tab in {@link #context}. */
    protected Page page;

    /**
     * Console errors and uncaught exceptions of {@link #page} so far: a script error or a blocked
     * resource (content security policy) shows up here; see {@link #assertNoConsoleErrors()}.
     */
    protected final List<String> consoleErrors = new ArrayList<>();

    @BeforeAll
    static void launchBrowser() {
        Path executable = chromiumExecutable();
        if (!Files.isExecutable(executable)) {
            throw new IllegalStateException("Chromium not found at " + executable
                    + ": run `apt-get install -y chromium fonts-wqy-zenhei` (as .ci/run does) or set TONGXIN_CHROMIUM");
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(executable)
                .setHeadless(true)
                .setArgs(CHROMIUM_ARGS));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    @BeforeEach
    void openContext() {
        context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1366, 768)
                .setLocale("zh-CN")
                .setTimezoneId("Asia/Shanghai")
                .setBaseURL(url("")));
        context.setDefaultTimeout(10_000);
        page = context.newPage();
        consoleErrors.clear();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                consoleErrors.add(message.text() + " @ " + message.location());
            }
        });
        page.onPageError(error -> consoleErrors.add("uncaught: " + error));
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    static Path chromiumExecutable() {
        String override = System.getenv("TONGXIN_CHROMIUM");
        return Path.of(override == null || override.isBlank() ? "/usr/bin/chromium" : override);
    }

    /** Absolute address of a path on the running application, e.g. {@code url("/login")}. */
    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** The Chinese text of a message code, so tests assert what users read without duplicating it. */
    protected String message(String code, Object... args) {
        return messageSource.getMessage(code, args, Locale.SIMPLIFIED_CHINESE);
    }

    /**
     * Fails when the page logged errors. Error statuses the test asked for (a 404 page) log a
     * "Failed to load resource" line; those are left out.
     */
    protected void assertNoConsoleErrors() {
        List<String> errors = consoleErrors.stream()
                .filter(error -> !error.startsWith("Failed to load resource: the server responded with a status of"))
                .toList();
        if (!errors.isEmpty()) {
            throw new AssertionError("errors in the browser console of " + page.url() + ":\n" + String.join("\n", errors));
        }
    }

    /** Signs in through the real login form and waits until the browser has left it. */
    protected void logIn(String username, String password) {
        page.navigate(url("/login"));
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("#login-form button[type=submit]").click();
        page.waitForURL(address -> !address.contains("/login"));
    }

    /**
     * Chooses an option in a select that triggers an htmx request (such as the region picker) and
     * waits until htmx has finished the request, the swap and the settling, so that the next step
     * acts on the new content rather than on elements about to be replaced.
     */
    protected void selectAndSettle(String selector, String value) {
        page.locator(selector).selectOption(value);
        page.waitForFunction("() => document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling') === null");
    }

    /** Saves a full-page screenshot as {@code target/screenshots/<name>.png} and returns its path. */
    protected static Path screenshot(Page page, String name) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }
}
