package io.tongxin.audit;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.stereotype.Service;

/** Placeholder until the audit branch lands; replaced by the real, hash-chained log. */
@Service
public class AuditLog {

    private final List<String> recorded = new CopyOnWriteArrayList<>();

    public void record(AuditEntry entry) {
        record("anonymous", entry);
    }

    public void record(String actor, AuditEntry entry) {
        recorded.add(actor + ":" + entry.action());
    }
}
