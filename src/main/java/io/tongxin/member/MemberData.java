package io.tongxin.member;

import java.time.LocalDate;
import java.util.List;

import io.tongxin.personaldata.Gender;

/**
 * A member's record as submitted by a form, the API, an import or the member themself. Clear
 * values: the registry encrypts what must be encrypted. Birth date and gender may be left empty
 * when an ID number is given (they are derived from it) but must agree with it when given.
 */
public record MemberData(String name, Gender gender, String ethnicity, LocalDate birthDate, String idNumber,
        String phone, String nativePlace, String education, String politicalAffiliation, String employer,
        String position, String address, List<String> categoryCodes, String regionCode, Tier tier,
        Importance importance, List<String> tags, String notes, List<PositionData> positions) {

    public MemberData {
        categoryCodes = categoryCodes == null ? List.of() : List.copyOf(categoryCodes);
        tags = tags == null ? List.of() : List.copyOf(tags);
        positions = positions == null ? List.of() : List.copyOf(positions);
    }
}
