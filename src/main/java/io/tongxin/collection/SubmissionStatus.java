package io.tongxin.collection;

/** Where a submission stands in the review queue. */
enum SubmissionStatus {
    PENDING, APPROVED, REJECTED
}
