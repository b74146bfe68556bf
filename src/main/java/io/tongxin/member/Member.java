package io.tongxin.member;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.tongxin.personaldata.Gender;

/** A member's record as staff see it: sensitive values masked. */
public record Member(long id, String name, Gender gender, String ethnicity, LocalDate birthDate,
        String idNumberMasked, String phoneMasked, String nativePlace, String education,
        String politicalAffiliation, String employer, String position, String address,
        List<String> categoryCodes, String regionCode, Tier tier, Importance importance, MemberStatus status,
        LocalDate statusChangedOn, String statusReason, List<String> tags, String notes, LocalDate lastVerifiedOn,
        boolean stale, String influenceGrade, long maxFollowers, List<PositionData> positions,
        List<OnlineAccount> accounts, Instant createdAt, Instant updatedAt, int version) {
}
