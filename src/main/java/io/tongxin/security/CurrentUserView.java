package io.tongxin.security;

import java.util.List;

/** What the page shell shows about the signed-in user. */
public record CurrentUserView(String username, String displayName, List<String> roleNames, String regionCode,
        String regionName) {
}
