package io.tongxin.personaldata;

/**
 * A stored encrypted value could not be decrypted: it was encrypted with another key, altered,
 * or is not an encrypted value at all. GCM authentication guarantees this is raised instead of
 * returning wrong text. A system fault (HTTP 500), not a user error.
 */
public class SensitiveDataUnreadable extends RuntimeException {

    SensitiveDataUnreadable(String message) {
        super(message);
    }

    SensitiveDataUnreadable(String message, Throwable cause) {
        super(message, cause);
    }
}
