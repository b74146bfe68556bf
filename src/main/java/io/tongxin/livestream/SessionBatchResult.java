package io.tongxin.livestream;

import java.util.List;

/**
 * What recording a batch did: sessions created, and those skipped because they were recorded
 * before (same platform session id, or same account and start time).
 *
 * @param skippedIndexes positions (0-based) of the skipped sessions in the batch
 */
public record SessionBatchResult(int created, int skipped, List<Integer> skippedIndexes) {
}
