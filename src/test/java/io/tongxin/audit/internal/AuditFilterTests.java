package io.tongxin.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import io.tongxin.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class AuditFilterTests {

    @Test
    void datesAreWholeDaysInShanghai() {
        AuditQuery q = new AuditFilter(" alice ", "LOGIN_SUCCESS", "2026-11-01", "2026-11-30").toQuery();
        assertThat(q.actor()).isEqualTo("alice");
        assertThat(q.action()).isEqualTo("LOGIN_SUCCESS");
        assertThat(q.from()).isEqualTo(Instant.parse("2026-10-31T16:00:00Z"));
        assertThat(q.until()).as("the whole of 30 Nov is included").isEqualTo(Instant.parse("2026-11-30T16:00:00Z"));
    }

    @Test
    void dateTimesWithAndWithoutOffset() {
        AuditQuery q = new AuditFilter(null, null, "2026-11-01T08:30", "2026-11-01T10:00:00Z").toQuery();
        assertThat(q.from()).isEqualTo(Instant.parse("2026-11-01T00:30:00Z"));
        assertThat(q.until()).as("the given instant is included").isEqualTo(Instant.parse("2026-11-01T10:00:00.000001Z"));

        // '+' of an unencoded offset arrives as a space; a space between date and time is accepted too.
        AuditQuery spaced = new AuditFilter(null, null, "2026-11-01 08:30:00 08:00", null).toQuery();
        assertThat(spaced.from()).isEqualTo(Instant.parse("2026-11-01T00:30:00Z"));
    }

    @Test
    void blanksMeanAny() {
        AuditQuery q = new AuditFilter("", " ", null, "").toQuery();
        assertThat(q).isEqualTo(new AuditQuery(null, null, null, null));
    }

    @Test
    void rejectsMalformedTimesAndEmptyRanges() {
        assertThatThrownBy(() -> new AuditFilter(null, null, "2026-13-01", null).toQuery())
            .isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.messageCode()).isEqualTo("error.audit.bad-time"));
        assertThatThrownBy(() -> new AuditFilter(null, null, "yesterday", null).toQuery())
            .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new AuditFilter(null, null, "2026-11-02", "2026-11-01").toQuery())
            .isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.messageCode()).isEqualTo("error.audit.empty-range"));
    }
}
