package io.tongxin.web;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.tongxin.shared.NavigationEntry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * The side navigation: every {@link NavigationEntry} bean of the context, in order, cut down to
 * what the signed-in user may open. Modules contribute entries as beans, so nothing here names them.
 */
@Component
class NavigationMenu {

    private final ObjectProvider<NavigationEntry> entries;
    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();
    private volatile List<NavigationEntry> sorted;

    NavigationMenu(ObjectProvider<NavigationEntry> entries) {
        this.entries = entries;
    }

    /** Entries the caller may see, in order, one per href; none for anonymous callers (no menu at login). */
    List<NavigationEntry> visibleTo(Authentication authentication) {
        if (!trust.isAuthenticated(authentication)) {
            return List.of();
        }
        Set<String> authorities = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        // One link per href: a module may offer the same page under several permissions
        // (user:manage, user:unlock); a user holding both sees it once, at its first position.
        Set<String> hrefs = new HashSet<>();
        return sorted().stream()
                .filter(entry -> entry.permission() == null || authorities.contains(entry.permission()))
                .filter(entry -> hrefs.add(entry.href()))
                .toList();
    }

    /** All entries in menu order, sorted once: the entries are singletons and every page asks. */
    private List<NavigationEntry> sorted() {
        List<NavigationEntry> all = sorted;
        if (all == null) {
            all = entries.orderedStream()
                    .sorted(Comparator.comparingInt(NavigationEntry::order).thenComparing(NavigationEntry::href))
                    .toList();
            sorted = all;
        }
        return all;
    }

    /**
     * The href of the entry the path belongs to: the longest href that equals the path or is a
     * path-segment prefix of it, so {@code /members/42} lights up {@code /members} and only
     * {@code /} itself lights up the home entry. {@code null} when none matches.
     */
    static String activeHref(List<NavigationEntry> entries, String path) {
        String active = null;
        for (NavigationEntry entry : entries) {
            String href = entry.href();
            boolean matches = path.equals(href)
                    || (!href.equals("/") && path.startsWith(href.endsWith("/") ? href : href + "/"));
            if (matches && (active == null || href.length() > active.length())) {
                active = href;
            }
        }
        return active;
    }
}
