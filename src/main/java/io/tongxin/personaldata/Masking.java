package io.tongxin.personaldata;

/**
 * Display masks for lists, exports and logs. Null in, null out; anything unexpected is masked
 * more, never less.
 */
public final class Masking {

    private static final char STAR = '*';

    private Masking() {
    }

    /**
     * First 6 and last 4 characters of an ID number: {@code 621022********1232}. The region and the
     * last digits are what staff use to tell people apart on a list; the birth date is hidden.
     * Shorter or malformed input keeps proportionally less (at most a third of it).
     */
    public static String maskIdNumber(String idNumber) {
        if (idNumber == null) {
            return null;
        }
        String text = idNumber.strip();
        if (text.length() >= 15) {
            return keep(text, 6, 4);
        }
        int visible = text.length() / 3;
        return keep(text, visible - visible / 2, visible / 2);
    }

    public static String maskIdNumber(IdNumber idNumber) {
        return idNumber == null ? null : maskIdNumber(idNumber.value());
    }

    /**
     * A phone number as staff write it: mobiles {@code 138****5678}; fixed lines keep the area code
     * and the last 4 digits ({@code 0934-***2345}, {@code 010-****5678}). Text that is not a valid
     * number keeps its first 3 and last 4 digits only when it is long enough to still hide some.
     */
    public static String maskPhone(String phone) {
        if (phone == null) {
            return null;
        }
        if (phone.isBlank()) {
            return phone.strip();
        }
        try {
            return maskPhone(PhoneNumber.parse(phone));
        } catch (InvalidPhoneNumber e) {
            String digits = phone.replaceAll("\\D", "");
            return digits.length() >= 11 ? keep(digits, 3, 4) : String.valueOf(STAR).repeat(digits.length());
        }
    }

    public static String maskPhone(PhoneNumber phone) {
        if (phone == null) {
            return null;
        }
        String national = phone.national();
        int dash = national.indexOf('-');
        if (phone.isFixedLine() && dash > 0) {
            String subscriber = national.substring(dash + 1);
            return national.substring(0, dash + 1) + keep(subscriber, 0, 4);
        }
        String digits = national.replace("-", "");
        return keep(digits, 3, 4);
    }

    /** Keeps {@code head} leading and {@code tail} trailing characters and stars the rest. */
    private static String keep(String text, int head, int tail) {
        if (head + tail >= text.length()) {
            return String.valueOf(STAR).repeat(text.length());
        }
        return text.substring(0, head)
                + String.valueOf(STAR).repeat(text.length() - head - tail)
                + text.substring(text.length() - tail);
    }
}
