package io.tongxin.member;

/** A member and one of their platform accounts, found by the account's handle. */
public record AccountHolder(long memberId, long accountId) {
}
