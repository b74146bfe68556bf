package io.tongxin.member;

import java.time.Instant;

/** One field of one change: who, when, from where, old → new (sensitive values masked). */
public record MemberChange(Instant changedAt, String actor, ChangeSource source, String field, String oldValue,
        String newValue) {
}
