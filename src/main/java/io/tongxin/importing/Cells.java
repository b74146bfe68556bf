package io.tongxin.importing;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Reading cell values the ways people write them: dates as 1985-03-15, 1985/3/15, 1985年3月15日,
 * 1985.3.15, 19850315 or an Excel date serial; whole numbers as numbers or text (with thousands
 * separators or a 万 suffix); lists separated by 、 , ， ; ；.
 */
public final class Cells {

    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?");
    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?\\s*[T ]?\\s*(\\d{1,2})[:：时](\\d{1,2})(?:[:：分](\\d{1,2}))?秒?");
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,3}):(\\d{1,2})(?::(\\d{1,2}))?");
    private static final Pattern HOURS_MINUTES = Pattern.compile("(?:(\\d+)\\s*(?:小时|时|h))?\\s*(?:(\\d+)\\s*(?:分钟|分|min))?");
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern LIST_SEPARATORS = Pattern.compile("[、,，;；\\n]+");
    private static final Pattern WHOLE = Pattern.compile("\\d{1,3}(,\\d{3})+|\\d+(\\.0+)?");
    private static final Pattern TEN_THOUSANDS = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*[万wW]");
    /** Zero-width spaces and the byte-order mark, which Excel and WeChat leave in pasted text. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\uFEFF]");
    /** Excel's serials for 1900-01-01 .. 2099-12-31; anything else is not a date someone meant. */
    private static final double FIRST_SERIAL = 1;
    private static final double LAST_SERIAL = 73050;

    private Cells() {
    }

    /**
     * Trims ordinary, full-width and non-breaking spaces and zero-width characters, which come with
     * text pasted from web pages and WeChat.
     */
    public static String clean(String value) {
        if (value == null) {
            return "";
        }
        return INVISIBLE.matcher(value).replaceAll("").replace('\u00A0', ' ').replace('\u3000', ' ').strip();
    }

    /** Full-width letters and digits as ASCII (NFKC), then {@link #clean}. */
    public static String normalized(String value) {
        return clean(Normalizer.normalize(value == null ? "" : value, Normalizer.Form.NFKC));
    }

    /** @return the date, or null for an empty cell. @throws CellProblem when it is not a date */
    public static LocalDate date(CellValue cell) {
        if (cell.number() != null) {
            double serial = cell.number();
            if (serial >= FIRST_SERIAL && serial <= LAST_SERIAL) {
                return DateUtil.getLocalDateTime(serial).toLocalDate();
            }
            String digits = BigDecimal.valueOf(serial).stripTrailingZeros().toPlainString();
            return textDate(digits);
        }
        String text = normalized(cell.text());
        return text.isEmpty() ? null : textDate(text);
    }

    private static LocalDate textDate(String text) {
        Matcher m = DATE.matcher(text);
        Matcher compact = COMPACT_DATE.matcher(text);
        try {
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
            if (compact.matches()) {
                return LocalDate.of(Integer.parseInt(compact.group(1)), Integer.parseInt(compact.group(2)),
                        Integer.parseInt(compact.group(3)));
            }
        }
        catch (DateTimeException e) {
            throw new CellProblem("import.cell.no-such-date", text);
        }
        throw new CellProblem("import.cell.not-a-date", text);
    }

    /**
     * A date and time: 2026-03-05 20:00, 2026/3/5 20:00:00, 2026年3月5日 20:00, or an Excel serial with
     * its fraction of a day. Seconds at most. @return null for an empty cell
     */
    public static LocalDateTime dateTime(CellValue cell) {
        if (cell.number() != null) {
            double serial = cell.number();
            if (serial >= FIRST_SERIAL && serial <= LAST_SERIAL) {
                return DateUtil.getLocalDateTime(serial).withNano(0);
            }
            throw new CellProblem("import.cell.not-a-date-time", cell.text());
        }
        String text = normalized(cell.text());
        if (text.isEmpty()) {
            return null;
        }
        Matcher m = DATE_TIME.matcher(text);
        if (!m.matches()) {
            throw new CellProblem("import.cell.not-a-date-time", text);
        }
        try {
            return LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
        }
        catch (DateTimeException e) {
            throw new CellProblem("import.cell.no-such-date", text);
        }
    }

    /**
     * A duration in minutes: a number of minutes, 1:58 or 01:58:30 (hours, minutes, seconds), or
     * 2小时30分. @return null for an empty cell
     */
    public static Long minutes(CellValue cell) {
        if (cell.number() != null && !cell.date()) {
            return Math.round(cell.number());
        }
        if (cell.number() != null) {
            // A time-formatted cell holds a fraction of a day.
            return Math.round(cell.number() * 24 * 60);
        }
        String text = normalized(cell.text());
        if (text.isEmpty()) {
            return null;
        }
        Matcher clock = CLOCK.matcher(text);
        if (clock.matches()) {
            long seconds = clock.group(3) == null ? 0 : Long.parseLong(clock.group(3));
            return Long.parseLong(clock.group(1)) * 60 + Long.parseLong(clock.group(2)) + Math.round(seconds / 60.0);
        }
        Matcher words = HOURS_MINUTES.matcher(text);
        if (words.matches() && (words.group(1) != null || words.group(2) != null)) {
            return (words.group(1) == null ? 0 : Long.parseLong(words.group(1)) * 60)
                    + (words.group(2) == null ? 0 : Long.parseLong(words.group(2)));
        }
        return wholeNumber(cell);
    }

    /**
     * An amount of money as written: 1234.5, 1,234.50, ¥1234.50, 1.2万 (exact: never through a
     * binary fraction). @return null for an empty cell
     */
    public static BigDecimal amount(CellValue cell) {
        if (cell.number() != null) {
            return new BigDecimal(cell.text());
        }
        String text = normalized(cell.text()).replaceAll("[¥￥元,\\s]", "");
        if (text.isEmpty()) {
            return null;
        }
        try {
            Matcher tenThousands = TEN_THOUSANDS.matcher(text);
            if (tenThousands.matches()) {
                return new BigDecimal(tenThousands.group(1)).multiply(BigDecimal.valueOf(10_000));
            }
            return new BigDecimal(text);
        }
        catch (NumberFormatException e) {
            throw new CellProblem("import.cell.not-an-amount", cell.text());
        }
    }

    /** @return the whole number, or null for an empty cell. @throws CellProblem when it is not one */
    public static Long wholeNumber(CellValue cell) {
        if (cell.number() != null) {
            double value = cell.number();
            if (value != Math.rint(value) || value < 0) {
                throw new CellProblem("import.cell.not-a-whole-number", cell.text());
            }
            return (long) value;
        }
        String text = normalized(cell.text());
        if (text.isEmpty()) {
            return null;
        }
        Matcher tenThousands = TEN_THOUSANDS.matcher(text);
        if (tenThousands.matches()) {
            return new BigDecimal(tenThousands.group(1)).multiply(BigDecimal.valueOf(10_000)).longValue();
        }
        if (!WHOLE.matcher(text).matches()) {
            throw new CellProblem("import.cell.not-a-whole-number", text);
        }
        return new BigDecimal(text.replace(",", "")).longValueExact();
    }

    /** The items of a list cell, trimmed, without empty ones. */
    public static List<String> list(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(LIST_SEPARATORS.split(text)).map(Cells::clean).filter(s -> !s.isEmpty()).toList();
    }

    /** 是/否 and the usual variants; null for an empty cell. @throws CellProblem otherwise */
    public static Boolean yesNo(String text) {
        if (text == null) {
            return null;
        }
        return switch (normalized(text).toLowerCase()) {
            case "是", "y", "yes", "true", "1", "√", "重点" -> true;
            case "否", "n", "no", "false", "0", "×", "一般" -> false;
            default -> throw new CellProblem("import.cell.not-yes-no", text);
        };
    }
}
