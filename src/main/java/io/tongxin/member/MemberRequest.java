package io.tongxin.member;

import java.time.LocalDate;
import java.util.List;

import io.tongxin.personaldata.Gender;

/** The JSON body of POST and PUT /api/v1/members; {@code version} is required on PUT (or If-Match). */
record MemberRequest(String name, Gender gender, String ethnicity, LocalDate birthDate, String idNumber,
        String phone, String nativePlace, String education, String politicalAffiliation, String employer,
        String position, String address, List<String> categoryCodes, String regionCode, Tier tier,
        Importance importance, List<String> tags, String notes, List<PositionData> positions, Integer version) {

    MemberData toData() {
        return new MemberData(name, gender, ethnicity, birthDate, idNumber, phone, nativePlace, education,
                politicalAffiliation, employer, position, address, categoryCodes, regionCode, tier, importance, tags,
                notes, positions);
    }
}
