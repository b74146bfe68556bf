package io.tongxin.audit;

/** How an audited attempt ended. */
public enum AuditOutcome {
    /** The action was carried out. */
    SUCCESS,
    /** The action was attempted but failed, e.g. a wrong password. */
    FAILURE,
    /** The caller lacked the permission or scope for the action. */
    DENIED
}
