package io.tongxin.collection;

import java.time.Instant;
import java.util.Map;

/**
 * A stored submission as read from the database: the non-sensitive values as a string map, the
 * sensitive ones still encrypted. Only {@link Submissions} decrypts.
 *
 * @param campaignId set for a campaign submission
 * @param linkId     set for a personal-link submission, which is always about {@code memberId}
 */
record SubmissionRow(long id, Long campaignId, String campaignTitle, Long linkId, Long memberId, String regionCode,
        String name, Map<String, String> data, String idNumberCipher, String phoneCipher, Instant submittedAt,
        SubmissionStatus status, Map<String, String> decisions, String reviewReason, String reviewedBy,
        Instant reviewedAt) {
}
