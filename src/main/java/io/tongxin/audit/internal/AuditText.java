package io.tongxin.audit.internal;

/**
 * Makes a caller's string storable exactly as it will be hashed: PostgreSQL rejects NUL and
 * the JDBC driver would turn an unpaired surrogate into '?', either of which would make the
 * stored text differ from the hashed text. Also clips to the column width (counted in code
 * points, as varchar(n) counts), so an over-long username typed at a failed login cannot
 * make the audit insert, and with it the caller's transaction, fail.
 */
final class AuditText {

    private AuditText() {
    }

    static String clip(String value, int maxCodePoints) {
        if (value == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(Math.min(value.length(), maxCodePoints));
        int count = 0;
        for (int i = 0; i < value.length() && count < maxCodePoints;) {
            int cp = value.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == 0) {
                continue;
            }
            out.appendCodePoint(cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE ? 0xFFFD : cp);
            count++;
        }
        return out.toString();
    }
}
