package io.tongxin.collection;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable, URL-safe tokens for public links: 256 random bits, 43 characters. */
final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 32;

    private Tokens() {
    }

    static String next() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Cheap shape check before any database look-up: a token is 43 characters of base64url. */
    static boolean wellFormed(String token) {
        return token != null && token.length() == 43 && token.chars()
            .allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
                    || c == '_');
    }
}
