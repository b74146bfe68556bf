package io.tongxin.member;

/**
 * Two records of one person became one: {@code removedId} no longer exists, its accounts, positions
 * and history now belong to {@code keptId}. Published inside the merge's transaction, so modules that
 * keep their own rows about members move them in the same transaction (or the merge fails whole).
 */
public record MembersMerged(long keptId, long removedId) {
}
