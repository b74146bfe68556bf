package io.tongxin.audit;

import java.util.Objects;
import java.util.regex.Pattern;

import io.tongxin.region.RegionCode;

/**
 * What happened, as the calling module describes it. Built fluently:
 * {@code AuditEntry.of(AuditActions.USER_CREATED).target("USER", "42").region("621022000000")}.
 *
 * @param action     upper-case code such as {@code LOGIN_FAILURE}; shown in Chinese through the
 *                   message key {@code audit.action.<action>}
 * @param targetType kind of object acted on, e.g. {@code USER}, {@code MEMBER}; may be null
 * @param targetId   id of that object (an id, never a name or other personal value); may be null
 * @param regionCode 12-digit division code the object belongs to; may be null
 * @param outcome    how it ended; {@link AuditOutcome#SUCCESS} unless said otherwise
 * @param detail     short non-personal text, such as the reason a user gave; NEVER personal data
 *                   values (ID numbers, phone numbers, names of members)
 */
public record AuditEntry(String action, String targetType, String targetId, String regionCode,
        AuditOutcome outcome, String detail) {

    private static final Pattern ACTION = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    public AuditEntry {
        if (action == null || !ACTION.matcher(action).matches()) {
            throw new IllegalArgumentException("Audit action must be an upper-case code: " + action);
        }
        Objects.requireNonNull(outcome, "outcome");
        if (regionCode != null) {
            regionCode = RegionCode.of(regionCode).value();
        }
    }

    /** A successful {@code action} with nothing else said yet. */
    public static AuditEntry of(String action) {
        return new AuditEntry(action, null, null, null, AuditOutcome.SUCCESS, null);
    }

    public AuditEntry target(String type, String id) {
        return new AuditEntry(action, type, id, regionCode, outcome, detail);
    }

    public AuditEntry region(String code) {
        return new AuditEntry(action, targetType, targetId, code, outcome, detail);
    }

    public AuditEntry outcome(AuditOutcome outcome) {
        return new AuditEntry(action, targetType, targetId, regionCode, outcome, detail);
    }

    public AuditEntry detail(String detail) {
        return new AuditEntry(action, targetType, targetId, regionCode, outcome, detail);
    }
}
