package io.tongxin.audit.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.tongxin.shared.InvalidInputException;

/**
 * The filter as typed (query parameters or the page's form). Times are ISO dates or
 * date-times in Asia/Shanghai unless they carry an offset; a bare date in {@code to}
 * includes that whole day, a date-time in {@code to} includes that instant.
 */
record AuditFilter(String actor, String action, String from, String to) {

    private static final Pattern DATE_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[T ](.+)");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    AuditFilter {
        actor = blankToNull(actor);
        action = blankToNull(action);
        from = blankToNull(from);
        to = blankToNull(to);
    }

    AuditQuery toQuery() {
        Instant start = from == null ? null : parse(from, false);
        Instant until = to == null ? null : parse(to, true);
        if (start != null && until != null && !start.isBefore(until)) {
            throw new InvalidInputException("error.audit.empty-range", from, to);
        }
        return new AuditQuery(actor, action, start, until);
    }

    /** The moment a bound stands for; for the upper bound the first moment no longer included. */
    private static Instant parse(String value, boolean upper) {
        try {
            if (DATE.matcher(value).matches()) {
                LocalDate day = LocalDate.parse(value);
                return (upper ? day.plusDays(1) : day).atStartOfDay(AuditEventRepository.DISPLAY_ZONE).toInstant();
            }
            Matcher m = DATE_TIME.matcher(value);
            if (m.matches()) {
                // A '+' in an unencoded query string arrives as a space: put it back.
                String iso = m.group(1) + "T" + m.group(2).replace(' ', '+');
                Instant at = hasOffset(iso) ? OffsetDateTime.parse(iso).toInstant()
                        : LocalDateTime.parse(iso).atZone(AuditEventRepository.DISPLAY_ZONE).toInstant();
                return upper ? at.truncatedTo(ChronoUnit.MICROS).plus(1, ChronoUnit.MICROS) : at;
            }
        }
        catch (DateTimeException e) {
            // fall through to the message that shows the expected format
        }
        throw new InvalidInputException("error.audit.bad-time", value);
    }

    private static boolean hasOffset(String iso) {
        String time = iso.substring(11);
        return time.endsWith("Z") || time.contains("+") || time.contains("-");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
