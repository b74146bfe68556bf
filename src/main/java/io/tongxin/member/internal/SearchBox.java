package io.tongxin.member.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.tongxin.personaldata.IdNumber;
import io.tongxin.personaldata.PhoneNumber;
import io.tongxin.personaldata.SensitiveDataProtector;
import io.tongxin.shared.InvalidInputException;

/**
 * The member list's search box as one SQL condition. It decides what the text is: an ID number or
 * a phone is looked up by its keyed hash (the clear value is never in the database), four digits
 * by the phone's last four, Latin letters by pinyin, initials or platform handle, anything else by
 * name or account display name.
 *
 * <p>Why the shapes: each alternative must be answerable by an index, or PostgreSQL reads all
 * members. "Contains" text goes through the n-gram indexes of V61 ({@code tongxin_ngrams}: every
 * character and every pair), which work for the one- and two-character names that trigrams cannot
 * serve; the LIKE after it rechecks the exact text. Alternatives on the member's own columns are
 * OR-ed so that PostgreSQL can combine their index bitmaps; matches through accounts come in as an
 * {@code id = any(array(...))}, which is an index condition on the primary key, where an
 * {@code IN (subquery)} or {@code EXISTS} inside an OR would not be.
 *
 * <p>"Contains" text is a UNION ALL of single-index arms, not an OR: inside an OR, PostgreSQL
 * re-evaluates the whole condition on every matching row, and that computes {@code tongxin_ngrams}
 * again per row (about 15 µs each; a compound surname matches 2,000 names, so 51 ms). In an arm of
 * its own the n-gram test is the index condition and only the cheap LIKE is rechecked (16 ms).
 */
final class SearchBox {

    private static final Pattern ID_NUMBER = Pattern.compile("\\d{17}[\\dXx]");
    private static final Pattern LAST_FOUR = Pattern.compile("\\d{4}");
    private static final Pattern PHONE = Pattern.compile("\\+?[\\d\\s-]{7,20}");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]+");

    private SearchBox() {
    }

    /** The condition for {@code raw} on member alias {@code m}, or null for an empty box. */
    static String condition(String raw, SensitiveDataProtector protector, Map<String, Object> params) {
        String q = raw == null ? "" : raw.strip();
        if (q.isEmpty()) {
            return null;
        }
        if (ID_NUMBER.matcher(q).matches()) {
            params.put("idHmac", protector.hmac(normalizedIdNumber(q)));
            return "m.id_number_hmac = :idHmac";
        }
        if (LAST_FOUR.matcher(q).matches()) {
            params.put("last4", q);
            return "m.phone_last4 = :last4";
        }
        if (PHONE.matcher(q).matches()) {
            params.put("phoneHmac", phoneHmac(q, protector));
            return "m.phone_hmac = :phoneHmac";
        }
        String lower = q.toLowerCase(Locale.ROOT);
        params.put("grams", gramsLiteral(lower));
        params.put("contains", "%" + like(q) + "%");
        params.put("containsLower", "%" + like(lower) + "%");
        if (LATIN.matcher(q).matches()) {
            params.put("latin", like(lower) + "%");
            return """
                    (m.name_pinyin like :latin or m.name_initials like :latin
                     or m.id = any(array(select a.member_id from member_account a
                                          where tongxin_ngrams(a.handle) @> cast(:grams as text[])
                                            and lower(a.handle) like :containsLower)))""";
        }
        return """
                m.id = any(array(
                    select n.id from member n
                     where tongxin_ngrams(n.name) @> cast(:grams as text[]) and n.name like :contains
                    union all
                    select a.member_id from member_account a
                     where tongxin_ngrams(a.display_name) @> cast(:grams as text[]) and a.display_name like :contains
                    union all
                    select a.member_id from member_account a
                     where tongxin_ngrams(a.handle) @> cast(:grams as text[]) and lower(a.handle) like :containsLower))""";
    }

    /**
     * The n-grams a text must contain, as the index stores them: the character itself for one
     * character, otherwise every pair of adjacent characters (counted in code points, as
     * PostgreSQL counts characters).
     */
    static List<String> grams(String lower) {
        int[] chars = lower.codePoints().toArray();
        if (chars.length == 1) {
            return List.of(lower);
        }
        Set<String> pairs = new LinkedHashSet<>();
        for (int i = 0; i + 1 < chars.length; i++) {
            pairs.add(new String(chars, i, 2));
        }
        return new ArrayList<>(pairs);
    }

    private static String gramsLiteral(String lower) {
        return MemberRepository.arrayLiteral(grams(lower));
    }

    private static String phoneHmac(String q, SensitiveDataProtector protector) {
        try {
            return protector.hmac(PhoneNumber.parse(q).e164());
        }
        catch (InvalidInputException notAPhone) {
            return "-";
        }
    }

    private static String normalizedIdNumber(String q) {
        try {
            return IdNumber.parse(q).value();
        }
        catch (InvalidInputException invalid) {
            return q.toUpperCase(Locale.ROOT);
        }
    }

    private static String like(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
