package io.tongxin.audit.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.tongxin.audit.AuditActions;
import io.tongxin.audit.AuditEntry;
import io.tongxin.audit.AuditLog;
import io.tongxin.audit.AuditOutcome;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Walks the whole hash chain in id order, a batch at a time, so millions of rows never sit in
 * memory together. Deliberately not one long transaction: each batch reads committed rows, and
 * rows committed during the walk simply join the end of it (ids grow in chain order because
 * writers hold the chain lock). When called inside a transaction it joins it and sees that
 * transaction's own changes.
 */
@Service
class AuditVerifier {

    static final int BATCH = 2000;

    private final AuditEventRepository events;
    private final AuditLog auditLog;
    private final MessageSource messages;

    AuditVerifier(AuditEventRepository events, AuditLog auditLog, MessageSource messages) {
        this.events = events;
        this.auditLog = auditLog;
        this.messages = messages;
    }

    /** Verifies, then records that the current user did so (the check itself is auditable). */
    VerificationResult verifyAndRecord() {
        VerificationResult result = verify();
        String detail = result.ok() ? "checked=" + result.checked()
                : "checked=" + result.checked() + ", brokenAt=" + result.brokenAt();
        auditLog.record(AuditEntry.of(AuditActions.AUDIT_VERIFIED)
            .outcome(result.ok() ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE)
            .detail(detail));
        return result;
    }

    VerificationResult verify() {
        String expectedPrev = AuditHash.GENESIS;
        Long previousId = null;
        long checked = 0;
        long after = 0;
        while (true) {
            List<AuditEvent> batch = events.batchAfter(after, BATCH);
            for (AuditEvent row : batch) {
                checked++;
                if (!AuditHash.of(row).equals(row.hash())) {
                    return VerificationResult.broken(checked, row.id(), text("audit.verify.reason.content", row.id()));
                }
                if (!row.prevHash().equals(expectedPrev)) {
                    String reason = previousId == null
                            ? text("audit.verify.reason.genesis", row.id())
                            : text("audit.verify.reason.link", row.id(), previousId);
                    return VerificationResult.broken(checked, row.id(), reason);
                }
                expectedPrev = row.hash();
                previousId = row.id();
            }
            if (batch.size() < BATCH) {
                return VerificationResult.intact(checked);
            }
            after = batch.get(batch.size() - 1).id();
        }
    }

    private String text(String code, Object... args) {
        // Ids are shown as plain digits, not "1,234".
        Object[] plain = Arrays.stream(args).map(String::valueOf).toArray();
        return messages.getMessage(code, plain, Locale.SIMPLIFIED_CHINESE);
    }
}
