package io.tongxin.collection;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A submission as a reviewer sees it.
 *
 * @param memberId      the member it is about (existing person or personal link); null for a new person
 * @param memberVersion the version of that record the diff was made against; approving checks it
 * @param blockedBy     Chinese text when it cannot be applied (the ID number is registered outside the
 *                      reviewer's scope); it can still be rejected
 */
record SubmissionDetail(long id, Long campaignId, String campaignTitle, boolean personalLink, String name,
        String regionCode, SubmissionStatus status, Instant submittedAt, String reviewedBy, Instant reviewedAt,
        String reviewReason, Map<String, String> decisions, boolean newPerson, Long memberId, Integer memberVersion,
        String blockedBy, List<FieldDiff> fields) {

    public boolean pending() {
        return status == SubmissionStatus.PENDING;
    }

    public boolean hasChanges() {
        return fields.stream().anyMatch(FieldDiff::changed);
    }
}
