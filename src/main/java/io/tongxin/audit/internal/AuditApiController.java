package io.tongxin.audit.internal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** JSON access to the audit log, for the permission {@code audit:read} only. */
@RestController
@RequestMapping("/api/v1/audit-events")
class AuditApiController {

    private final AuditReading reading;
    private final AuditVerifier verifier;

    AuditApiController(AuditReading reading, AuditVerifier verifier) {
        this.reading = reading;
        this.verifier = verifier;
    }

    /** Events newest first; from/to are ISO dates or date-times in Asia/Shanghai. */
    @GetMapping
    @PreAuthorize("hasAuthority('audit:read')")
    AuditPage list(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + AuditReading.DEFAULT_SIZE) int size) {
        return reading.find(new AuditFilter(actor, action, from, to), page, size);
    }

    /** Walks the hash chain; recorded as {@code AUDIT_VERIFIED}. */
    @GetMapping("/verify")
    @PreAuthorize("hasAuthority('audit:read')")
    VerificationResult verify() {
        return verifier.verifyAndRecord();
    }
}
