package io.tongxin.security;

import java.time.Instant;
import java.util.List;

/** A user account as administrators see it: no password hash, ever. */
public record UserAccount(long id, String username, String displayName, String regionCode, List<String> roles,
        boolean enabled, Instant lockedUntil, boolean mustChangePassword, Instant lastLoginAt, Instant createdAt,
        int version) {

    public boolean locked() {
        return lockedUntil != null && lockedUntil.isAfter(Instant.now());
    }
}
