package io.tongxin.collection;

import java.time.Instant;

/** One line of the review queue. No sensitive value, not even masked: the list does not need it. */
record SubmissionSummary(long id, Long campaignId, String campaignTitle, Long memberId, boolean personalLink,
        String name, String regionCode, SubmissionStatus status, Instant submittedAt, String reviewedBy) {
}
