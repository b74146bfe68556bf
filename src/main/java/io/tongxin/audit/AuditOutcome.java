package io.tongxin.audit;

public enum AuditOutcome { SUCCESS, FAILURE, DENIED }
