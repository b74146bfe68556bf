package io.tongxin.member.internal;

import java.time.LocalDate;
import java.util.List;

import io.tongxin.member.Importance;
import io.tongxin.member.Tier;
import io.tongxin.personaldata.Gender;

/**
 * A member row of an import file, read: codes instead of names, dates and numbers parsed. A null
 * means the cell was empty or the column absent. {@code idNumber} and {@code phone} are null too
 * when the file holds them masked (an export edited and uploaded again): the stored values stay.
 */
record ImportedMember(String name, Gender gender, String ethnicity, LocalDate birthDate, String idNumber,
        String phone, String politicalAffiliation, String education, String employer, String position,
        List<String> categoryCodes, String regionCode, Tier tier, Importance importance, String platform,
        String handle, String displayName, Long followers, String notes, Long memberId, boolean maskedIdNumber) {

    boolean hasAccount() {
        return platform != null && handle != null;
    }
}
