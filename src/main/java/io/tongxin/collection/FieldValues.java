package io.tongxin.collection;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.tongxin.member.Importance;
import io.tongxin.member.Member;
import io.tongxin.member.MemberData;
import io.tongxin.member.PositionData;
import io.tongxin.member.Tier;
import io.tongxin.personaldata.Gender;

/**
 * Member field values as text, keyed by {@link CollectedField}: what a person submitted, or a
 * record to compare it with. One canonical text per value (gender {@code MALE}, dates ISO,
 * categories comma-separated, codes as codes) so that "changed" is a string comparison.
 */
final class FieldValues {

    private final Map<CollectedField, String> values;

    private FieldValues(Map<CollectedField, String> values) {
        this.values = values;
    }

    static FieldValues of(Map<CollectedField, String> values) {
        Map<CollectedField, String> clean = new EnumMap<>(CollectedField.class);
        values.forEach((field, value) -> {
            if (value != null && !value.isBlank()) {
                clean.put(field, value.strip());
            }
        });
        return new FieldValues(clean);
    }

    /** The record as stored: sensitive values masked (the only form staff see by default). */
    static FieldValues ofMember(Member m) {
        Map<CollectedField, String> v = new EnumMap<>(CollectedField.class);
        v.put(CollectedField.NAME, m.name());
        v.put(CollectedField.REGION, m.regionCode());
        v.put(CollectedField.GENDER, m.gender() == null ? null : m.gender().name());
        v.put(CollectedField.BIRTH_DATE, m.birthDate() == null ? null : m.birthDate().toString());
        v.put(CollectedField.ETHNICITY, m.ethnicity());
        v.put(CollectedField.ID_NUMBER, m.idNumberMasked());
        v.put(CollectedField.PHONE, m.phoneMasked());
        v.put(CollectedField.NATIVE_PLACE, m.nativePlace());
        v.put(CollectedField.EDUCATION, m.education());
        v.put(CollectedField.POLITICAL_AFFILIATION, m.politicalAffiliation());
        v.put(CollectedField.EMPLOYER, m.employer());
        v.put(CollectedField.POSITION, m.position());
        v.put(CollectedField.ADDRESS, m.address());
        v.put(CollectedField.CATEGORIES, String.join(",", m.categoryCodes()));
        return of(v);
    }

    /** From a JSON document's string map (the snapshot of a personal link, a stored submission). */
    static FieldValues fromNames(Map<String, String> byName) {
        Map<CollectedField, String> v = new EnumMap<>(CollectedField.class);
        byName.forEach((name, value) -> v.put(CollectedField.valueOf(name), value));
        return of(v);
    }

    Map<String, String> byName() {
        Map<String, String> out = new LinkedHashMap<>();
        values.forEach((field, value) -> out.put(field.name(), value));
        return out;
    }

    String get(CollectedField field) {
        return values.get(field);
    }

    boolean has(CollectedField field) {
        return values.containsKey(field);
    }

    /** Without the sensitive values, which are stored encrypted apart from the rest. */
    FieldValues withoutSensitive() {
        Map<CollectedField, String> v = new EnumMap<>(values);
        v.remove(CollectedField.ID_NUMBER);
        v.remove(CollectedField.PHONE);
        return new FieldValues(v);
    }

    FieldValues with(CollectedField field, String value) {
        Map<CollectedField, String> v = new EnumMap<>(values);
        v.put(field, value);
        return of(v);
    }

    List<String> categories() {
        String text = values.get(CollectedField.CATEGORIES);
        return text == null ? List.of() : Arrays.stream(text.split(",")).map(String::strip)
            .filter(s -> !s.isEmpty()).toList();
    }

    /**
     * As a member record to check or register. Tier comes from the caller (the campaign's level);
     * an unparseable date or gender is left out here and reported by the caller's form binding.
     */
    MemberData toMemberData(Tier tier, Importance importance, List<String> tags, String notes,
            List<PositionData> positions) {
        return new MemberData(get(CollectedField.NAME), gender(), get(CollectedField.ETHNICITY), birthDate(),
                get(CollectedField.ID_NUMBER), get(CollectedField.PHONE), get(CollectedField.NATIVE_PLACE),
                get(CollectedField.EDUCATION), get(CollectedField.POLITICAL_AFFILIATION),
                get(CollectedField.EMPLOYER), get(CollectedField.POSITION), get(CollectedField.ADDRESS),
                categories(), get(CollectedField.REGION), tier, importance, tags, notes, positions);
    }

    Gender gender() {
        String g = values.get(CollectedField.GENDER);
        try {
            return g == null ? null : Gender.valueOf(g);
        }
        catch (IllegalArgumentException e) {
            return null;
        }
    }

    LocalDate birthDate() {
        String d = values.get(CollectedField.BIRTH_DATE);
        try {
            return d == null ? null : LocalDate.parse(d);
        }
        catch (DateTimeParseException e) {
            return null;
        }
    }
}
