package io.tongxin.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Password checks for every login and every HTTP Basic API call. BCrypt is slow on purpose (tens of
 * milliseconds of CPU), and Basic callers send their password with each request, so on two cores
 * a script calling the API would be capped at a few dozen calls a second by hashing alone. A
 * successful check is therefore remembered for a few minutes, keyed by an HMAC (random key, never
 * stored) of the user, their stored hash and the presented password: a changed password or hash
 * misses the cache at once, and locked or disabled accounts are still refused because those checks
 * run before this one on every call. Failures are never cached.
 */
class VerifiedPasswordCache extends DaoAuthenticationProvider {

    static final Duration VALID_FOR = Duration.ofMinutes(5);
    private static final int MAX_ENTRIES = 10_000;

    private final Map<String, Long> verifiedUntil = new ConcurrentHashMap<>();
    private final SecretKeySpec key;

    VerifiedPasswordCache(UserDetailsService users) {
        super(users);
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    protected void additionalAuthenticationChecks(UserDetails user, UsernamePasswordAuthenticationToken authentication) {
        Object credentials = authentication.getCredentials();
        if (credentials == null || user.getPassword() == null) {
            super.additionalAuthenticationChecks(user, authentication);
            return;
        }
        String entry = fingerprint(user.getUsername(), user.getPassword(), credentials.toString());
        Long until = verifiedUntil.get(entry);
        long now = System.nanoTime();
        if (until != null && until - now > 0) {
            return;
        }
        super.additionalAuthenticationChecks(user, authentication);
        if (verifiedUntil.size() >= MAX_ENTRIES) {
            verifiedUntil.clear();
        }
        verifiedUntil.put(entry, now + VALID_FOR.toNanos());
    }

    private String fingerprint(String username, String storedHash, String presented) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(storedHash.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(presented.getBytes(StandardCharsets.UTF_8)));
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
