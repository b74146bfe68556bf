package io.tongxin.member;

/** 在册, 退出, 迁出, 去世. Changed with a date and a reason, never by plain editing. */
public enum MemberStatus {
    ACTIVE, EXITED, TRANSFERRED, DECEASED
}
