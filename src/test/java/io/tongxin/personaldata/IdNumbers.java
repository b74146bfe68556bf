package io.tongxin.personaldata;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Valid resident ID numbers for tests and benchmarks (none of them is a real person's, except by
 * chance). The check digit is computed, so {@link IdNumber#parse} accepts every result.
 */
public final class IdNumbers {

    /** 崇信县, Pingliang, Gansu. */
    public static final String CHONGXIN = "620823";
    /** 环县, Qingyang, Gansu. */
    public static final String HUANXIAN = "621022";
    /** 西峰区, Qingyang, Gansu. */
    public static final String XIFENG = "621002";

    private static final DateTimeFormatter DIGITS = DateTimeFormatter.ofPattern("uuuuMMdd");

    private IdNumbers() {
    }

    /**
     * An 18-character number.
     *
     * @param region6 6-digit region code, e.g. {@link #HUANXIAN}
     * @param birth   birth date
     * @param gender  encoded in the parity of digit 17
     * @param seq     0..499; with the gender it makes the 3-digit sequence code {@code 2 * seq + (male ? 1 : 0)},
     *                so every (region, birth, gender, seq) gives a different number
     */
    public static String valid(String region6, LocalDate birth, Gender gender, int seq) {
        if (region6 == null || !region6.matches("\\d{6}")) {
            throw new IllegalArgumentException("region6 must be 6 digits: " + region6);
        }
        if (seq < 0 || seq > 499) {
            throw new IllegalArgumentException("seq must be 0..499: " + seq);
        }
        int sequence = 2 * seq + (gender == Gender.MALE ? 1 : 0);
        String first17 = region6 + birth.format(DIGITS) + String.format("%03d", sequence);
        return first17 + IdNumber.checkDigit(first17);
    }

    /** A valid number for a man born 1985-03-15 in 环县, different for each {@code seq}. */
    public static String valid(int seq) {
        return valid(HUANXIAN, LocalDate.of(1985, 3, 15), Gender.MALE, seq);
    }

    /** The same number with a wrong last character (still a digit or X, so only the check digit fails). */
    public static String withWrongCheckDigit(String valid) {
        // Never '0': a number ending in 000 reads as one Excel cut short, which has its own message.
        char wrong = valid.charAt(17) == '1' ? '2' : '1';
        return valid.substring(0, 17) + wrong;
    }
}
