package io.tongxin.audit.internal;

import java.time.OffsetDateTime;

import io.tongxin.audit.AuditOutcome;

/**
 * A stored audit row. occurredAt is given in Asia/Shanghai, the zone users read it in.
 */
public record AuditEvent(long id, OffsetDateTime occurredAt, String actor, String action, String targetType,
        String targetId, String regionCode, String clientIp, AuditOutcome outcome, String detail,
        String prevHash, String hash) {
}
