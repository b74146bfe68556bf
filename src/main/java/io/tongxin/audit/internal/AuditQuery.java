package io.tongxin.audit.internal;

import java.time.Instant;

/**
 * Filter of the audit log; null means "any".
 *
 * @param from  earliest moment, inclusive
 * @param until moment the range ends, exclusive
 */
record AuditQuery(String actor, String action, Instant from, Instant until) {
}
