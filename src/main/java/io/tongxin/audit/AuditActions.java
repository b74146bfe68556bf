package io.tongxin.audit;

import java.util.List;

/**
 * The action codes known today, as constants so callers cannot misspell them. Each has a
 * Chinese name under {@code audit.action.<CODE>} in the message bundle. Other codes are
 * accepted too (they show as the raw code until a message key is added).
 */
public final class AuditActions {

    public static final String LOGIN_SUCCESS = "LOGIN_SUCCESS";
    public static final String LOGIN_FAILURE = "LOGIN_FAILURE";
    public static final String LOGOUT = "LOGOUT";
    public static final String ACCOUNT_LOCKED = "ACCOUNT_LOCKED";
    public static final String ACCOUNT_UNLOCKED = "ACCOUNT_UNLOCKED";
    public static final String PASSWORD_CHANGED = "PASSWORD_CHANGED";
    public static final String PASSWORD_RESET = "PASSWORD_RESET";
    public static final String USER_CREATED = "USER_CREATED";
    public static final String USER_UPDATED = "USER_UPDATED";
    public static final String USER_DISABLED = "USER_DISABLED";
    public static final String ACCESS_DENIED = "ACCESS_DENIED";
    public static final String AUDIT_VERIFIED = "AUDIT_VERIFIED";
    public static final String SENSITIVE_REVEALED = "SENSITIVE_REVEALED";
    public static final String MEMBER_IMPORTED = "MEMBER_IMPORTED";
    public static final String MEMBER_EXPORTED = "MEMBER_EXPORTED";
    public static final String DICTIONARY_CHANGED = "DICTIONARY_CHANGED";
    public static final String MEMBER_MERGED = "MEMBER_MERGED";
    public static final String COLLECTION_CAMPAIGN_CREATED = "COLLECTION_CAMPAIGN_CREATED";
    public static final String COLLECTION_LINK_CREATED = "COLLECTION_LINK_CREATED";
    public static final String COLLECTION_SUBMISSION_REVIEWED = "COLLECTION_SUBMISSION_REVIEWED";
    public static final String LIVESTREAM_VILLAGE_CHANGED = "LIVESTREAM_VILLAGE_CHANGED";
    public static final String LIVESTREAM_ASSIGNMENT_CHANGED = "LIVESTREAM_ASSIGNMENT_CHANGED";
    public static final String LIVESTREAM_SCHEDULE_CHANGED = "LIVESTREAM_SCHEDULE_CHANGED";
    public static final String LIVESTREAM_SESSION_CHANGED = "LIVESTREAM_SESSION_CHANGED";
    public static final String LIVESTREAM_SESSIONS_IMPORTED = "LIVESTREAM_SESSIONS_IMPORTED";

    /** In the order the filter of the audit page offers them. */
    public static final List<String> ALL = List.of(LOGIN_SUCCESS, LOGIN_FAILURE, LOGOUT, ACCOUNT_LOCKED,
            ACCOUNT_UNLOCKED, PASSWORD_CHANGED, PASSWORD_RESET, USER_CREATED, USER_UPDATED, USER_DISABLED,
            ACCESS_DENIED, SENSITIVE_REVEALED, MEMBER_IMPORTED, MEMBER_EXPORTED, MEMBER_MERGED,
            COLLECTION_CAMPAIGN_CREATED, COLLECTION_LINK_CREATED, COLLECTION_SUBMISSION_REVIEWED, DICTIONARY_CHANGED,
            LIVESTREAM_VILLAGE_CHANGED, LIVESTREAM_ASSIGNMENT_CHANGED, LIVESTREAM_SCHEDULE_CHANGED,
            LIVESTREAM_SESSION_CHANGED, LIVESTREAM_SESSIONS_IMPORTED, AUDIT_VERIFIED);

    private AuditActions() {
    }
}
