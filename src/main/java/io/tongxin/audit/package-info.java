/**
 * The tamper-evident audit log (等保2.0 security audit).
 * <p>
 * Other modules write to it through {@link io.tongxin.audit.AuditLog} with an
 * {@link io.tongxin.audit.AuditEntry}; the event joins the caller's transaction, so it commits
 * or rolls back together with the change it describes. Every row is linked into a SHA-256
 * hash chain; {@code GET /api/v1/audit-events/verify} walks the chain. Reading needs the
 * permission {@code audit:read}.
 */
package io.tongxin.audit;
