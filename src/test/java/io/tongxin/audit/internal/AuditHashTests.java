package io.tongxin.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.tongxin.audit.AuditOutcome;
import org.junit.jupiter.api.Test;

class AuditHashTests {

    private static final Instant AT = Instant.parse("2026-11-23T02:15:00.123456Z");

    @Test
    void matchesTheDocumentedCanonicalForm() {
        // Computed independently (Python hashlib) from the format described in AuditHash's Javadoc.
        String hash = AuditHash.of(AuditHash.GENESIS, AT, "张三", "LOGIN_FAILURE", "USER", "42", "621022104201",
                "10.0.0.7", AuditOutcome.FAILURE, null);
        assertThat(hash).isEqualTo("751396403939e33f12c7a111e11c441a8433e9f33f0c7e4f98f8480a54f4773e");
    }

    @Test
    void timeIsHashedInUtcAtMicrosecondPrecision() {
        String micros = hash(AT, "a", "b");
        assertThat(hash(AT.plusNanos(999), "a", "b")).as("sub-microsecond digits are not stored").isEqualTo(micros);
        assertThat(hash(AT.plusNanos(1000), "a", "b")).isNotEqualTo(micros);
    }

    @Test
    void separatorsInValuesCannotMakeTwoRowsLookAlike() {
        assertThat(hash(AT, "a\n+1:b", null)).isNotEqualTo(hash(AT, "a", "b"));
        assertThat(hash(AT, "ab", "")).isNotEqualTo(hash(AT, "a", "b"));
        assertThat(hash(AT, "", null)).as("empty is not null").isNotEqualTo(hash(AT, null, null));
        assertThat(hash(AT, "-", null)).isNotEqualTo(hash(AT, null, null));
    }

    @Test
    void everyFieldAndThePredecessorCount() {
        String base = AuditHash.of(AuditHash.GENESIS, AT, "u", "A", "T", "1", "621022104201", "ip",
                AuditOutcome.SUCCESS, "d");
        assertThat(base).matches("[0-9a-f]{64}");
        assertThat(AuditHash.of("1".repeat(64), AT, "u", "A", "T", "1", "621022104201", "ip",
                AuditOutcome.SUCCESS, "d")).isNotEqualTo(base);
        assertThat(AuditHash.of(AuditHash.GENESIS, AT, "u", "A", "T", "1", "621022104202", "ip",
                AuditOutcome.SUCCESS, "d")).isNotEqualTo(base);
        assertThat(AuditHash.of(AuditHash.GENESIS, AT, "u", "A", "T", "1", "621022104201", "ip",
                AuditOutcome.DENIED, "d")).isNotEqualTo(base);
        assertThat(AuditHash.of(AuditHash.GENESIS, AT, "u", "A", "T", "1", "621022104201", "ip2",
                AuditOutcome.SUCCESS, "d")).isNotEqualTo(base);
    }

    private static String hash(Instant at, String targetType, String targetId) {
        return AuditHash.of(AuditHash.GENESIS, at, "u", "A", targetType, targetId, null, null,
                AuditOutcome.SUCCESS, null);
    }
}
