package io.tongxin.audit.internal;

import io.tongxin.shared.InvalidInputException;
import org.springframework.stereotype.Service;

/** Queries of the audit log. Reading is not itself audited (that would feed on itself). */
@Service
class AuditReading {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 200;

    private final AuditEventRepository events;

    AuditReading(AuditEventRepository events) {
        this.events = events;
    }

    AuditPage find(AuditFilter filter, int page, int size) {
        if (page < 0) {
            throw new InvalidInputException("error.audit.bad-page", String.valueOf(page));
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("error.audit.bad-size", String.valueOf(size), String.valueOf(MAX_SIZE));
        }
        return events.find(filter.toQuery(), page, size);
    }
}
