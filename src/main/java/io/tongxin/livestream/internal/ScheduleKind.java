package io.tongxin.livestream.internal;

/** What a scheduled stream is for: 带货 sales, 知识讲解 teaching, 文旅推介 promotion. */
public enum ScheduleKind {
    SALES, TEACHING, PROMOTION
}
