package io.tongxin.personaldata;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import io.tongxin.personaldata.InvalidIdNumber.Reason;

/**
 * A citizen identification number (公民身份号码, GB 11643-1999) as printed on the 居民身份证:
 * 6 digits of the issuing region, 8 of the birth date, 3 of sequence (odd last one for men)
 * and a check digit (0-9 or X).
 * <p>
 * Province prefixes: the 34 provincial codes of GB/T 2260 (11-15, 21-23, 31-37, 41-46, 50-54,
 * 61-65, 71, 81, 82) plus <b>83</b>. Strictly, 81/82/83 numbers are not on a 身份证 at all: they
 * are the 公民身份号码 printed on the residence permits for Hong Kong, Macao (810000/820000) and
 * Taiwan (830000) residents living on the mainland, issued since 2018 with the same structure and
 * check digit. We accept 83 for the same reason 81 and 82 must be accepted: the permit number is the
 * number these people write in every 身份证号码 field, and 港澳台 compatriots are squarely within
 * united-front work, so rejecting them would force staff to invent numbers. {@link #isResidencePermit()}
 * tells the two documents apart for anyone who must.
 * <p>
 * {@link #toString()} is masked so that a stray log line never carries the full number; use
 * {@link #value()} where the full number is meant (encryption, HMAC).
 */
public final class IdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
            "71", "81", "82", "83");
    private static final Set<String> RESIDENCE_PERMIT_PROVINCES = Set.of("81", "82", "83");
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    /** Only digits, with an X allowed last; anything else is a wrong character whatever the length. */
    private static final Pattern DIGITS_AND_FINAL_X = Pattern.compile("\\d*X?");
    /** What Excel shows for a long number in a General-format cell: 6.21022E+17, 6.21022198503151E17. */
    private static final Pattern SCIENTIFIC = Pattern.compile("\\d(\\.\\d+)?E\\+?\\d{1,2}");

    private final String value;

    private IdNumber(String value) {
        this.value = value;
    }

    /** Parses with today's date in Beijing as the latest possible birth date. */
    public static IdNumber parse(String raw) {
        return parse(raw, LocalDate.now(BEIJING));
    }

    /**
     * Parses and validates a number: surrounding and inner spaces (also full-width, no-break and
     * zero-width ones) are removed, full-width digits and a lower-case x are normalised.
     *
     * @param today the latest acceptable birth date
     * @throws InvalidIdNumber saying what is wrong, checked in the order a person would fix it
     */
    public static IdNumber parse(String raw, LocalDate today) {
        String text = normalise(raw);
        if (text.isEmpty()) {
            throw new InvalidIdNumber(Reason.REQUIRED);
        }
        if (SCIENTIFIC.matcher(text).matches()) {
            throw new InvalidIdNumber(Reason.EXCEL_SCIENTIFIC);
        }
        if (!DIGITS_AND_FINAL_X.matcher(text).matches()) {
            throw new InvalidIdNumber(Reason.CHARACTERS);
        }
        if (text.length() == 15 && text.indexOf('X') < 0) {
            throw new InvalidIdNumber(Reason.LEGACY_15_DIGITS);
        }
        if (text.length() != 18) {
            throw new InvalidIdNumber(Reason.LENGTH, text.length());
        }
        if (!PROVINCES.contains(text.substring(0, 2))) {
            throw new InvalidIdNumber(Reason.REGION, text.substring(0, 2));
        }
        checkBirthDate(text.substring(6, 14), today);
        if (checkDigit(text.substring(0, 17)) != text.charAt(17)) {
            // Excel keeps 15 significant digits of a number and pads with zeros: the check digit
            // then fails on a number ending in 000. Say so, or staff retype the same broken value.
            throw new InvalidIdNumber(text.endsWith("000") ? Reason.EXCEL_TRUNCATED : Reason.CHECK_DIGIT);
        }
        return new IdNumber(text);
    }

    /**
     * The GB 11643 check character for the first 17 digits: weighted sum mod 11 indexed into
     * "10X98765432". Public for generators of test and benchmark data.
     */
    public static char checkDigit(String first17) {
        if (first17 == null || first17.length() != 17 || !first17.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("checkDigit needs exactly 17 digits");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    private static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        String text = Characters.withoutSpaces(Characters.halfWidth(raw));
        // A leading apostrophe is how people force Excel to keep text; it is not part of the number.
        if (text.startsWith("'") || text.startsWith("\u2018") || text.startsWith("\u2019")) {
            text = text.substring(1);
        }
        return text.replace('x', 'X').replace('e', 'E');
    }

    private static void checkBirthDate(String digits, LocalDate today) {
        LocalDate date;
        try {
            date = LocalDate.of(Integer.parseInt(digits.substring(0, 4)),
                    Integer.parseInt(digits.substring(4, 6)), Integer.parseInt(digits.substring(6, 8)));
        } catch (DateTimeException e) {
            throw new InvalidIdNumber(Reason.BIRTH_DATE, digits);
        }
        if (date.isBefore(EARLIEST_BIRTH) || date.isAfter(today)) {
            throw new InvalidIdNumber(Reason.BIRTH_OUT_OF_RANGE, date.toString());
        }
    }

    /** The 18 characters, upper-case X; what gets encrypted and hashed. */
    public String value() {
        return value;
    }

    public LocalDate birthDate() {
        return LocalDate.of(Integer.parseInt(value.substring(6, 10)),
                Integer.parseInt(value.substring(10, 12)), Integer.parseInt(value.substring(12, 14)));
    }

    public Gender gender() {
        return (value.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    /**
     * The 6-digit region code of where the number was first issued (usually the birth or first
     * household registration place). Division codes change over time, so an old prefix may no
     * longer exist; it is a hint, never a region scope.
     */
    public String birthRegionPrefix() {
        return value.substring(0, 6);
    }

    /** True for the residence permits of Hong Kong, Macao and Taiwan residents (prefix 81, 82, 83). */
    public boolean isResidencePermit() {
        return RESIDENCE_PERMIT_PROVINCES.contains(value.substring(0, 2));
    }

    /** Age in whole years on the given day. */
    public int ageOn(LocalDate day) {
        return birthDate().until(day).getYears();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IdNumber id && id.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    /** Masked, e.g. {@code 621022********1232}: logs and debuggers must not show the full number. */
    @Override
    public String toString() {
        return Masking.maskIdNumber(value);
    }
}
