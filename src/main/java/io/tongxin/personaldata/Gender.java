package io.tongxin.personaldata;

/**
 * Gender as encoded in a resident ID number (digit 17: odd male, even female).
 * Labels: message codes {@code gender.MALE} / {@code gender.FEMALE}.
 */
public enum Gender {
    MALE, FEMALE;

    /** Message code of the Chinese label (男 / 女). */
    public String messageCode() {
        return "gender." + name();
    }
}
