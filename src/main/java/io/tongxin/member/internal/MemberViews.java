package io.tongxin.member.internal;

import java.time.LocalDate;
import java.util.List;

import io.tongxin.member.Member;
import io.tongxin.member.MemberSummary;
import io.tongxin.member.OnlineAccount;
import io.tongxin.member.PositionData;
import org.springframework.stereotype.Component;

/** Turns stored rows into what callers see: masked values, stale flag, influence grade. */
@Component
class MemberViews {

    /** Records not verified for this long are stale (动态管理). */
    static final int STALE_AFTER_MONTHS = 12;

    private final InfluenceGrades grades;

    MemberViews(InfluenceGrades grades) {
        this.grades = grades;
    }

    Member member(MemberRow r, List<PositionData> positions, List<OnlineAccount> accounts) {
        return new Member(r.id(), r.name(), r.gender(), r.ethnicity(), r.birthDate(), r.idMasked(),
                r.phoneMasked(), r.nativePlace(), r.education(), r.politicalAffiliation(), r.employer(),
                r.position(), r.address(), r.categoryCodes(), r.regionCode(), r.tier(), r.importance(), r.status(),
                r.statusChangedOn(), r.statusReason(), r.tags(), r.notes(), r.lastVerifiedOn(), stale(r),
                grades.gradeOf(r.maxFollowers(), r.hasAccounts()), r.maxFollowers(), positions, accounts,
                r.createdAt(), r.updatedAt(), r.version());
    }

    MemberSummary summary(MemberRow r) {
        return new MemberSummary(r.id(), r.name(), r.gender(), r.birthDate(), r.idMasked(), r.phoneMasked(),
                r.regionCode(), r.categoryCodes(), r.tier(), r.importance(), r.status(), r.employer(), r.position(),
                grades.gradeOf(r.maxFollowers(), r.hasAccounts()), r.maxFollowers(), stale(r), r.version());
    }

    /** The stored record in the validated shape, so that history compares like with like. */
    ValidMember asValid(MemberRow r, List<PositionData> positions) {
        return new ValidMember(r.name(), r.gender(), r.ethnicity(), r.birthDate(), null, null, r.nativePlace(),
                r.education(), r.politicalAffiliation(), r.employer(), r.position(), r.address(),
                r.categoryCodes(), r.regionCode(), r.tier(), r.importance(), r.tags(), r.notes(), positions);
    }

    private static boolean stale(MemberRow r) {
        return r.lastVerifiedOn().isBefore(LocalDate.now().minusMonths(STALE_AFTER_MONTHS));
    }
}
