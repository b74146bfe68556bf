package io.tongxin.member;

/** 重点 or 一般. */
public enum Importance {
    KEY, GENERAL
}
