package io.tongxin.collection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.tongxin.audit.AuditActions;
import io.tongxin.audit.AuditEntry;
import io.tongxin.audit.AuditLog;
import io.tongxin.member.ChangeSource;
import io.tongxin.member.Importance;
import io.tongxin.member.Member;
import io.tongxin.member.MemberData;
import io.tongxin.member.MemberManagement;
import io.tongxin.security.RegionScopes;
import io.tongxin.shared.ConflictException;
import io.tongxin.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a reviewer's decision. Only accepted fields reach the registry, through
 * {@link MemberManagement} with source {@link ChangeSource#SELF_SERVICE} (本人填报), so the
 * registry's own rules, scope and history apply; a record changed since the reviewer looked is
 * refused (409). The decision and the submission's new status are audited in the same transaction.
 */
@Service
class SubmissionReview {

    static final int MAX_REASON = 500;

    private final SubmissionRepository submissions;
    private final ReviewQueue queue;
    private final MemberManagement members;
    private final RegionScopes scopes;
    private final AuditLog audit;

    SubmissionReview(SubmissionRepository submissions, ReviewQueue queue, MemberManagement members,
            RegionScopes scopes, AuditLog audit) {
        this.submissions = submissions;
        this.queue = queue;
        this.members = members;
        this.scopes = scopes;
        this.audit = audit;
    }

    @Transactional
    SubmissionDetail review(long id, ReviewRequest request) {
        // The request first (400), then the submission's state (404, 409).
        request.decisions().forEach((field, decision) -> {
            CollectedField.ofField(field);
            if (!ReviewRequest.ACCEPT.equals(decision) && !ReviewRequest.REJECT.equals(decision)) {
                throw new InvalidInputException("collection.error.bad-decision", field);
            }
        });
        SubmissionRow row = queue.visible(submissions.lock(id), id);
        if (row.status() != SubmissionStatus.PENDING) {
            throw new ConflictException("collection.error.already-reviewed", id);
        }
        SubmissionDetail detail = queue.detail(row);
        Map<String, String> decisions = decisions(detail, request);
        List<CollectedField> accepted = decisions.entrySet().stream()
            .filter(e -> ReviewRequest.ACCEPT.equals(e.getValue()))
            .map(e -> CollectedField.ofField(e.getKey()))
            .toList();
        String reason = reason(request.reason());
        Long memberId = detail.memberId();
        SubmissionStatus status;
        if (accepted.isEmpty()) {
            if (reason == null) {
                throw new InvalidInputException("collection.error.reason-required");
            }
            status = SubmissionStatus.REJECTED;
        }
        else {
            if (detail.blockedBy() != null) {
                throw new ConflictException("collection.error.blocked", detail.blockedBy());
            }
            FieldValues submitted = queue.clearValues(row);
            memberId = detail.newPerson() ? register(row, submitted, accepted)
                    : update(detail, submitted, accepted, request.memberVersion());
            status = SubmissionStatus.APPROVED;
        }
        submissions.markReviewed(id, status, memberId, decisions, reason, scopes.currentUser().getUsername());
        audit.record(AuditEntry.of(AuditActions.COLLECTION_SUBMISSION_REVIEWED)
            .target("COLLECTION_SUBMISSION", String.valueOf(id)).region(row.regionCode())
            .detail(auditDetail(status, memberId, decisions, reason)));
        return queue.detail(submissions.find(id).orElseThrow());
    }

    /** Every field with something to decide gets a decision; left out means rejected. */
    private static Map<String, String> decisions(SubmissionDetail detail, ReviewRequest request) {
        Map<String, String> decisions = new LinkedHashMap<>();
        detail.fields().stream().filter(FieldDiff::changed).forEach(f -> decisions.put(f.field(),
                ReviewRequest.ACCEPT.equals(request.decisions().get(f.field())) ? ReviewRequest.ACCEPT
                        : ReviewRequest.REJECT));
        return decisions;
    }

    private long register(SubmissionRow row, FieldValues submitted, List<CollectedField> accepted) {
        if (!accepted.containsAll(CollectedField.ALWAYS)) {
            throw new InvalidInputException("collection.error.name-region-needed");
        }
        Map<CollectedField, String> kept = new java.util.EnumMap<>(CollectedField.class);
        accepted.forEach(f -> kept.put(f, submitted.get(f)));
        MemberData data = FieldValues.of(kept).toMemberData(CollectionLabels.tierFor(row.regionCode()),
                Importance.GENERAL, List.of(), null, List.of());
        return members.register(data, ChangeSource.SELF_SERVICE).id();
    }

    private long update(SubmissionDetail detail, FieldValues submitted, List<CollectedField> accepted,
            Integer seenVersion) {
        Member current = members.get(detail.memberId());
        int expected = seenVersion != null ? seenVersion : detail.memberVersion();
        // The record as it is, ID number and phone left empty ("unchanged"), then the accepted fields.
        FieldValues values = FieldValues.ofMember(current).withoutSensitive();
        for (CollectedField field : accepted) {
            values = values.with(field, submitted.get(field));
        }
        MemberData data = values.toMemberData(current.tier(), current.importance(), current.tags(), current.notes(),
                current.positions());
        return members.update(current.id(), data, expected, ChangeSource.SELF_SERVICE).id();
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        String clean = reason.strip();
        if (clean.length() > MAX_REASON) {
            throw new InvalidInputException("error.member.too-long", MAX_REASON);
        }
        return clean;
    }

    /** Field names and counts only: never a submitted value (personal data stays out of the audit log). */
    private static String auditDetail(SubmissionStatus status, Long memberId, Map<String, String> decisions,
            String reason) {
        List<String> accepted = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        decisions.forEach((field, d) -> (ReviewRequest.ACCEPT.equals(d) ? accepted : rejected).add(field));
        return "status=" + status + (memberId == null ? "" : "; member=" + memberId) + "; accepted="
                + String.join(",", accepted) + "; rejected=" + String.join(",", rejected)
                + (reason == null ? "" : "; reason=" + reason);
    }
}
