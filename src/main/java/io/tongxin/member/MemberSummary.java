package io.tongxin.member;

import java.time.LocalDate;
import java.util.List;

import io.tongxin.personaldata.Gender;

/** One row of the member list. */
public record MemberSummary(long id, String name, Gender gender, LocalDate birthDate, String idNumberMasked,
        String phoneMasked, String regionCode, List<String> categoryCodes, Tier tier, Importance importance,
        MemberStatus status, String employer, String position, String influenceGrade, long maxFollowers,
        boolean stale, int version) {
}
