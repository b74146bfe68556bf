package io.tongxin.audit.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import io.tongxin.audit.AuditOutcome;

/**
 * The hash chain's one definition of a row's digest. Writer and verifier both call it, so
 * they cannot disagree.
 * <p>
 * Canonical form (version 1), as UTF-8 bytes: the tag {@code tongxin-audit-v1}, then for each
 * field in the order prev_hash, occurred_at, actor, action, target_type, target_id,
 * region_code, client_ip, outcome, detail a line feed followed by either {@code -} (null)
 * or {@code +<n>:<value>} where n is the value's length in UTF-8 bytes. The length prefix
 * makes the form unambiguous whatever the values contain (separators, line feeds, "-"), so
 * no escaping is needed. occurred_at is written in UTC with exactly six fractional digits
 * (PostgreSQL's timestamptz precision), e.g. {@code 2026-11-23T02:15:00.123456Z}.
 */
final class AuditHash {

    /** prev_hash of the first row. */
    static final String GENESIS = "0".repeat(64);

    private static final byte[] TAG = "tongxin-audit-v1".getBytes(StandardCharsets.US_ASCII);
    private static final DateTimeFormatter UTC_MICROS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private AuditHash() {
    }

    static String of(String prevHash, Instant occurredAt, String actor, String action, String targetType,
            String targetId, String regionCode, String clientIp, AuditOutcome outcome, String detail) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        out.writeBytes(TAG);
        field(out, prevHash);
        field(out, UTC_MICROS.format(occurredAt.truncatedTo(ChronoUnit.MICROS)));
        field(out, actor);
        field(out, action);
        field(out, targetType);
        field(out, targetId);
        field(out, regionCode);
        field(out, clientIp);
        field(out, outcome == null ? null : outcome.name());
        field(out, detail);
        return HexFormat.of().formatHex(sha256().digest(out.toByteArray()));
    }

    /** Recomputes the digest of a stored row from its content and its stored prev_hash. */
    static String of(AuditEvent e) {
        return of(e.prevHash(), e.occurredAt().toInstant(), e.actor(), e.action(), e.targetType(), e.targetId(),
                e.regionCode(), e.clientIp(), e.outcome(), e.detail());
    }

    private static void field(ByteArrayOutputStream out, String value) {
        out.write('\n');
        if (value == null) {
            out.write('-');
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.write('+');
        out.writeBytes(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        out.write(':');
        out.writeBytes(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }
}
