package io.tongxin.dictionary;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.tongxin.browser.BrowserTestSupport;
import io.tongxin.security.SecurityFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The system admin maintains a dictionary in a real browser: switches types, adds an item (an
 * error first, shown next to the field), edits a row inline and disables it — all through htmx,
 * under the content security policy, without a page load.
 */
class DictionaryBrowserTests extends BrowserTestSupport {

    @Autowired
    SecurityFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Dictionaries dictionaries;

    @Test
    void theSystemAdminAddsEditsAndDisablesAnItemInline() {
        String type = DictionaryFixtures.newType(jdbc, true);
        DictionaryFixtures.item(jdbc, type, "ROOT", "网红主播", null, 10, true, true);
        logIn(fixtures.user(SecurityFixtures.QINGYANG, "SYSTEM_ADMIN"), SecurityFixtures.PASSWORD);

        page.navigate(url("/dictionaries"));
        assertThat(page.locator("#dictionary-items")).containsText("民主党派成员");
        assertThat(page.locator(".tx-sidebar a.active")).containsText(message("nav.dictionaries"));
        screenshot(page, "dictionaries");

        page.locator("#dictionary-types a", new com.microsoft.playwright.Page.LocatorOptions()
            .setHasText(DictionaryFixtures.typeName(jdbc, type))).click();
        page.waitForURL(url("/dictionaries/" + type));
        assertThat(page.locator("#dictionary-items")).containsText("网红主播");

        page.locator("#new-code").fill("bad code");
        page.locator("#new-name").fill("带货达人");
        page.locator("#new-parent").selectOption("ROOT");
        page.locator("#dictionary-add-form button[type=submit]").click();
        assertThat(page.locator("#dictionary-add-form .invalid-feedback")).containsText("格式不正确");

        page.locator("#new-code").fill("live_seller");
        page.locator("#dictionary-add-form button[type=submit]").click();
        assertThat(page.locator("#item-LIVE_SELLER")).containsText("带货达人");
        assertThat(page.locator("#dictionary-panel .alert-success")).hasText(message("dictionary.created"));

        page.locator("#item-LIVE_SELLER a.btn-outline-primary").click();
        page.locator("#edit-name").fill("直播带货达人");
        page.locator("#edit-enabled").uncheck();
        screenshot(page, "dictionary-inline-edit");
        page.locator("#item-LIVE_SELLER button[type=submit]").click();
        assertThat(page.locator("#item-LIVE_SELLER")).containsText(message("dictionary.status.disabled"));
        assertThat(page.locator("#item-LIVE_SELLER")).containsText("直播带货达人");
        assertThat(page).hasURL(url("/dictionaries/" + type));

        assertThat(dictionaries.find(type, "LIVE_SELLER")).get()
            .extracting(DictionaryItem::name, DictionaryItem::enabled, DictionaryItem::parentCode)
            .containsExactly("直播带货达人", false, "ROOT");
        screenshot(page, "dictionary-saved");
        assertNoConsoleErrors();
    }
}
