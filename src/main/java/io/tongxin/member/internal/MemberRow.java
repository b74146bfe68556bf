package io.tongxin.member.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.tongxin.member.Importance;
import io.tongxin.member.MemberStatus;
import io.tongxin.member.Tier;
import io.tongxin.personaldata.Gender;

/** One row of the member table, as stored. */
public record MemberRow(long id, String name, Gender gender, String ethnicity, LocalDate birthDate, String idCipher,
        String idMasked, String phoneCipher, String phoneMasked, String nativePlace, String education,
        String politicalAffiliation, String employer, String position, String address,
        List<String> categoryCodes, String regionCode, Tier tier, Importance importance, MemberStatus status,
        LocalDate statusChangedOn, String statusReason, List<String> tags, String notes, LocalDate lastVerifiedOn,
        long maxFollowers, boolean hasAccounts, Instant createdAt, Instant updatedAt, int version) {
}
