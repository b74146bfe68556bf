package io.tongxin.member;

import java.time.LocalDate;

/** Followers of one account on one day. */
public record FollowerPoint(LocalDate on, long followers) {
}
