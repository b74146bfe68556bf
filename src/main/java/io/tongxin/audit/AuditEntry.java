package io.tongxin.audit;

public record AuditEntry(String action, String targetType, String targetId, String regionCode, AuditOutcome outcome,
        String detail) {

    public static AuditEntry of(String action) {
        return new AuditEntry(action, null, null, null, AuditOutcome.SUCCESS, null);
    }

    public AuditEntry target(String type, String id) {
        return new AuditEntry(action, type, id, regionCode, outcome, detail);
    }

    public AuditEntry region(String code) {
        return new AuditEntry(action, targetType, targetId, code, outcome, detail);
    }

    public AuditEntry outcome(AuditOutcome value) {
        return new AuditEntry(action, targetType, targetId, regionCode, value, detail);
    }

    public AuditEntry detail(String text) {
        return new AuditEntry(action, targetType, targetId, regionCode, outcome, text);
    }
}
