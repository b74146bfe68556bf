package io.tongxin.collection;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.tongxin.member.Member;
import io.tongxin.member.MemberManagement;
import io.tongxin.personaldata.IdNumber;
import io.tongxin.personaldata.Masking;
import io.tongxin.personaldata.PhoneNumber;
import io.tongxin.personaldata.SensitiveDataProtector;
import io.tongxin.security.RegionScope;
import io.tongxin.security.RegionScopes;
import io.tongxin.shared.ConflictException;
import io.tongxin.shared.InvalidInputException;
import io.tongxin.shared.NotFoundException;
import io.tongxin.shared.PageResult;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review queue: submissions in the reviewer's scope, and one submission beside the record it
 * concerns (found by ID number, or the personal link's member), field by field.
 */
@Service
class ReviewQueue {

    private final SubmissionRepository submissions;
    private final MemberManagement members;
    private final SensitiveDataProtector protector;
    private final CollectionLabels labels;
    private final RegionScopes scopes;
    private final MessageSource messages;

    ReviewQueue(SubmissionRepository submissions, MemberManagement members, SensitiveDataProtector protector,
            CollectionLabels labels, RegionScopes scopes, MessageSource messages) {
        this.submissions = submissions;
        this.members = members;
        this.protector = protector;
        this.labels = labels;
        this.scopes = scopes;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    PageResult<SubmissionSummary> list(Long campaignId, SubmissionStatus status, int page, int size) {
        RegionScope scope = scopes.current();
        int safeSize = Math.min(Math.max(size, 1), 100);
        int safePage = Math.max(page, 0);
        return new PageResult<>(submissions.list(scope, campaignId, status, safePage * safeSize, safeSize), safePage,
                safeSize, submissions.count(scope, campaignId, status));
    }

    @Transactional(readOnly = true)
    SubmissionDetail detail(long id) {
        return detail(visible(submissions.find(id), id));
    }

    SubmissionRow visible(Optional<SubmissionRow> row, long id) {
        SubmissionRow submission = row.orElseThrow(() -> new NotFoundException("collection.error.submission-not-found", id));
        scopes.current().requireVisible(submission.regionCode(), "collection.error.submission-not-found", id);
        return submission;
    }

    /** The submitted values in clear: for applying them, never for showing. */
    FieldValues clearValues(SubmissionRow row) {
        FieldValues values = FieldValues.fromNames(row.data());
        if (row.idNumberCipher() != null) {
            values = values.with(CollectedField.ID_NUMBER, protector.decrypt(row.idNumberCipher()));
        }
        if (row.phoneCipher() != null) {
            values = values.with(CollectedField.PHONE, protector.decrypt(row.phoneCipher()));
        }
        return values;
    }

    SubmissionDetail detail(SubmissionRow row) {
        FieldValues submitted = clearValues(row);
        Member member = null;
        String blockedBy = null;
        try {
            member = matchingMember(row, submitted).orElse(null);
        }
        catch (ConflictException elsewhere) {
            blockedBy = messages.getMessage(elsewhere.messageCode(), elsewhere.arguments(), elsewhere.messageCode(),
                    LocaleContextHolder.getLocale());
        }
        List<FieldDiff> fields = diff(submitted, member, row.linkId() != null);
        return new SubmissionDetail(row.id(), row.campaignId(), row.campaignTitle(), row.linkId() != null, row.name(),
                row.regionCode(), row.status(), row.submittedAt(), row.reviewedBy(), row.reviewedAt(),
                row.reviewReason(), row.decisions(), member == null && row.linkId() == null && blockedBy == null,
                member == null ? null : member.id(), member == null ? null : member.version(), blockedBy, fields);
    }

    /**
     * The record a submission is about: a personal link's member, else the holder of the submitted
     * ID number. An approved new person is matched too, so the page then shows the record made.
     */
    Optional<Member> matchingMember(SubmissionRow row, FieldValues submitted) {
        if (row.memberId() != null) {
            return Optional.of(members.get(row.memberId()));
        }
        String idNumber = submitted.get(CollectedField.ID_NUMBER);
        return idNumber == null ? Optional.empty() : members.findByIdNumber(IdNumber.parse(idNumber));
    }

    private List<FieldDiff> diff(FieldValues submitted, Member member, boolean wholeRecord) {
        FieldValues current = member == null ? FieldValues.of(Map.of()) : FieldValues.ofMember(member);
        Map<CollectedField, Boolean> sensitiveChanged = new EnumMap<>(CollectedField.class);
        if (member != null) {
            sensitiveChanged.put(CollectedField.ID_NUMBER, idNumberChanged(submitted, member));
            sensitiveChanged.put(CollectedField.PHONE, phoneChanged(submitted, member));
        }
        List<FieldDiff> rows = new ArrayList<>();
        for (CollectedField field : CollectedField.values()) {
            // A campaign sends only the fields it asked; a personal link the whole record, where an
            // empty field means "emptied" (but an empty ID number or phone means "keep").
            boolean emptied = wholeRecord && !field.sensitive() && current.has(field);
            if (!submitted.has(field) && !emptied) {
                continue;
            }
            String mine = shown(field, submitted.get(field), true);
            String theirs = shown(field, current.get(field), false);
            boolean changed = member == null ? submitted.has(field)
                    : field.sensitive() ? sensitiveChanged.get(field)
                    : !Objects.equals(submitted.get(field), current.get(field));
            rows.add(new FieldDiff(field.field(), field.labelKey(), theirs, mine, changed));
        }
        return rows;
    }

    /** Compared by keyed hash: a corrected middle digit keeps the mask (139****5678) as it was. */
    private boolean phoneChanged(FieldValues submitted, Member member) {
        String phone = submitted.get(CollectedField.PHONE);
        if (phone == null) {
            return false;
        }
        try {
            return !members.hasPhone(member.id(), PhoneNumber.parse(phone));
        }
        catch (InvalidInputException notAPhone) {
            return true;
        }
    }

    private boolean idNumberChanged(FieldValues submitted, Member member) {
        String idNumber = submitted.get(CollectedField.ID_NUMBER);
        if (idNumber == null) {
            return false;
        }
        try {
            return members.findByIdNumber(IdNumber.parse(idNumber)).map(m -> m.id() != member.id()).orElse(true);
        }
        catch (ConflictException elsewhere) {
            return true;
        }
    }

    private String shown(CollectedField field, String value, boolean clear) {
        if (value == null) {
            return "";
        }
        if (clear && field == CollectedField.ID_NUMBER) {
            return Masking.maskIdNumber(value);
        }
        if (clear && field == CollectedField.PHONE) {
            return Masking.maskPhone(value);
        }
        return labels.value(field, value);
    }
}
