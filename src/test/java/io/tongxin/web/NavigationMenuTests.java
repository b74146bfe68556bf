package io.tongxin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.tongxin.shared.NavigationEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

class NavigationMenuTests {

    private static final NavigationEntry HOME = new NavigationEntry("nav.home", "/", "house", null, 0);
    private static final NavigationEntry MEMBERS = new NavigationEntry("nav.members", "/members", "people", "member:list", 10);
    private static final NavigationEntry REGIONS = new NavigationEntry("nav.regions", "/regions", "map", null, 20);
    private static final NavigationEntry AUDIT = new NavigationEntry("nav.audit", "/audit", "journal", "audit:read", 90);

    private final NavigationMenu menu = menuOf(AUDIT, REGIONS, HOME, MEMBERS);

    @Test
    void showsEntriesWithoutPermissionAndThoseTheUserHoldsInOrder() {
        var clerk = new TestingAuthenticationToken("clerk", "x", "member:list", "ROLE_COUNTY_ADMIN");

        assertThat(menu.visibleTo(clerk)).containsExactly(HOME, MEMBERS, REGIONS);
    }

    @Test
    void auditorSeesAuditButNotMembers() {
        var auditor = new TestingAuthenticationToken("auditor", "x", "audit:read");

        assertThat(menu.visibleTo(auditor)).containsExactly(HOME, REGIONS, AUDIT);
    }

    @Test
    void aPageOfferedUnderTwoPermissionsAppearsOnce() {
        NavigationEntry unlock = new NavigationEntry("nav.members", "/members", "people", "member:unlock", 11);
        NavigationMenu twice = menuOf(HOME, MEMBERS, unlock);

        assertThat(twice.visibleTo(new TestingAuthenticationToken("u", "x", "member:list", "member:unlock")))
                .containsExactly(HOME, MEMBERS);
        assertThat(twice.visibleTo(new TestingAuthenticationToken("u", "x", "member:unlock")))
                .containsExactly(HOME, unlock);
    }

    @Test
    void anonymousCallersGetNoMenu() {
        var anonymous = new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

        assertThat(menu.visibleTo(null)).isEmpty();
        assertThat(menu.visibleTo(anonymous)).isEmpty();
    }

    @Test
    void currentEntryIsTheLongestHrefThatIsAPathPrefix() {
        List<NavigationEntry> entries = List.of(HOME, MEMBERS, REGIONS);

        assertThat(NavigationMenu.activeHref(entries, "/")).isEqualTo("/");
        assertThat(NavigationMenu.activeHref(entries, "/members")).isEqualTo("/members");
        assertThat(NavigationMenu.activeHref(entries, "/members/42/edit")).isEqualTo("/members");
        assertThat(NavigationMenu.activeHref(entries, "/membership")).isNull();
        assertThat(NavigationMenu.activeHref(entries, "/audit")).isNull();
    }

    private static NavigationMenu menuOf(NavigationEntry... entries) {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        for (NavigationEntry entry : entries) {
            beans.registerSingleton(entry.href() + "#" + entry.permission(), entry);
        }
        return new NavigationMenu(beans.getBeanProvider(NavigationEntry.class));
    }
}
