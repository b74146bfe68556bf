package io.tongxin.audit.internal;

import java.util.List;

/** One page of audit events, newest first; page is 0-based. */
public record AuditPage(List<AuditEvent> content, int page, int size, long totalElements) {

    public long totalPages() {
        return (totalElements + size - 1) / size;
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < totalElements;
    }
}
