package io.tongxin.member.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.tongxin.member.Importance;
import io.tongxin.member.PositionData;
import io.tongxin.member.Tier;
import io.tongxin.personaldata.Gender;
import io.tongxin.personaldata.IdNumber;
import io.tongxin.personaldata.PhoneNumber;

/** A submission that passed every rule, normalised (trimmed, derived birth date and gender). */
record ValidMember(String name, Gender gender, String ethnicity, LocalDate birthDate, IdNumber idNumber,
        PhoneNumber phone, String nativePlace, String education, String politicalAffiliation,
        String employer, String position, String address, List<String> categoryCodes, String regionCode, Tier tier,
        Importance importance, List<String> tags, String notes, List<PositionData> positions) {

    /**
     * The record as history shows it, field by field; sensitive values only masked, so that the
     * history table never holds a clear ID number or phone.
     */
    Map<String, String> historyView(String maskedIdNumber, String maskedPhone) {
        Map<String, String> view = new LinkedHashMap<>();
        view.put("name", name);
        view.put("gender", gender == null ? null : gender.name());
        view.put("ethnicity", ethnicity);
        view.put("birthDate", birthDate == null ? null : birthDate.toString());
        view.put("idNumber", maskedIdNumber);
        view.put("phone", maskedPhone);
        view.put("nativePlace", nativePlace);
        view.put("education", education);
        view.put("politicalAffiliation", politicalAffiliation);
        view.put("employer", employer);
        view.put("position", position);
        view.put("address", address);
        view.put("categoryCodes", String.join(",", categoryCodes));
        view.put("regionCode", regionCode);
        view.put("tier", tier.name());
        view.put("importance", importance.name());
        view.put("tags", String.join(",", tags));
        view.put("notes", notes);
        view.put("positions", String.join("; ", positions.stream().map(ValidMember::positionText).toList()));
        return view;
    }

    private static String positionText(PositionData p) {
        return p.typeCode() + "/" + p.levelCode() + "/" + p.body()
                + (p.termStart() == null ? "" : "/" + p.termStart()) + (p.termEnd() == null ? "" : "-" + p.termEnd());
    }
}
