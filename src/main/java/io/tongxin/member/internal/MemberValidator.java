package io.tongxin.member.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Supplier;

import io.tongxin.dictionary.Dictionaries;
import io.tongxin.member.Importance;
import io.tongxin.member.MemberData;
import io.tongxin.member.PositionData;
import io.tongxin.member.Tier;
import io.tongxin.personaldata.Gender;
import io.tongxin.personaldata.IdNumber;
import io.tongxin.personaldata.PhoneNumber;
import io.tongxin.region.RegionCode;
import io.tongxin.region.RegionDirectory;
import io.tongxin.security.RegionScope;
import io.tongxin.shared.FieldViolation;
import io.tongxin.shared.InvalidFieldsException;
import io.tongxin.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Every rule a member record must meet, checked together so that the user sees all problems at
 * once: identity numbers, dictionary codes, region and scope, lengths and required fields.
 */
@Component
class MemberValidator {

    static final int MAX_TAGS = 20;
    static final int MAX_TAG_LENGTH = 20;

    private final Dictionaries dictionaries;
    private final RegionDirectory regions;

    MemberValidator(Dictionaries dictionaries, RegionDirectory regions) {
        this.dictionaries = dictionaries;
        this.regions = regions;
    }

    ValidMember validate(MemberData data, RegionScope scope) {
        List<FieldViolation> violations = new ArrayList<>();
        String name = text(data.name(), "name", 64, true, violations);
        IdNumber idNumber = parse(() -> IdNumber.parse(data.idNumber()), data.idNumber(), "idNumber", violations);
        PhoneNumber phone = parse(() -> PhoneNumber.parse(data.phone()), data.phone(), "phone", violations);
        Gender gender = data.gender();
        LocalDate birthDate = data.birthDate();
        if (idNumber != null) {
            if (gender != null && gender != idNumber.gender()) {
                violations.add(new FieldViolation("gender", "error.member.gender-mismatch"));
            }
            if (birthDate != null && !birthDate.equals(idNumber.birthDate())) {
                violations.add(new FieldViolation("birthDate", "error.member.birth-date-mismatch",
                        idNumber.birthDate().toString()));
            }
            gender = idNumber.gender();
            birthDate = idNumber.birthDate();
        }
        if (birthDate != null && (birthDate.isAfter(LocalDate.now()) || birthDate.getYear() < 1900)) {
            violations.add(new FieldViolation("birthDate", "error.member.birth-date-impossible"));
        }
        code("ethnicity", data.ethnicity(), "ethnicity", violations);
        code("education", data.education(), "education", violations);
        code("political-affiliation", data.politicalAffiliation(), "politicalAffiliation", violations);
        List<String> categories = List.copyOf(new LinkedHashSet<>(data.categoryCodes()));
        if (categories.isEmpty()) {
            violations.add(new FieldViolation("categoryCodes", "error.member.category-required"));
        }
        categories.forEach(c -> code("member-category", c, "categoryCodes", violations));
        String region = region(data.regionCode(), scope, violations);
        if (data.tier() == null) {
            violations.add(new FieldViolation("tier", "error.member.tier-required"));
        }
        List<String> tags = tags(data.tags(), violations);
        positions(data.positions(), violations);
        ValidMember valid = new ValidMember(name, gender, blankToNull(data.ethnicity()), birthDate, idNumber, phone,
                text(data.nativePlace(), "nativePlace", 100, false, violations),
                blankToNull(data.education()), blankToNull(data.politicalAffiliation()),
                text(data.employer(), "employer", 200, false, violations),
                text(data.position(), "position", 100, false, violations),
                text(data.address(), "address", 300, false, violations), categories, region, data.tier(),
                data.importance() == null ? Importance.GENERAL : data.importance(), tags,
                text(data.notes(), "notes", 2000, false, violations), data.positions());
        if (!violations.isEmpty()) {
            throw new InvalidFieldsException(violations);
        }
        return valid;
    }

    private String region(String code, RegionScope scope, List<FieldViolation> violations) {
        if (code == null || code.isBlank()) {
            violations.add(new FieldViolation("regionCode", "error.member.region-required"));
            return null;
        }
        try {
            RegionCode region = RegionCode.of(code);
            if (!regions.exists(region)) {
                violations.add(new FieldViolation("regionCode", "error.region.not-found", code));
            }
            else if (!scope.includes(region)) {
                violations.add(new FieldViolation("regionCode", "error.member.region-outside-scope", code));
            }
            return region.value();
        }
        catch (InvalidInputException e) {
            violations.add(new FieldViolation("regionCode", e.messageCode(), e.arguments()));
            return null;
        }
    }

    private List<String> tags(List<String> tags, List<FieldViolation> violations) {
        List<String> clean = tags.stream().map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
        if (clean.size() > MAX_TAGS) {
            violations.add(new FieldViolation("tags", "error.member.too-many-tags", MAX_TAGS));
        }
        if (clean.stream().anyMatch(t -> t.length() > MAX_TAG_LENGTH)) {
            violations.add(new FieldViolation("tags", "error.member.tag-too-long", MAX_TAG_LENGTH));
        }
        return clean;
    }

    private void positions(List<PositionData> positions, List<FieldViolation> violations) {
        for (PositionData p : positions) {
            code("position-type", p.typeCode(), "positions", violations);
            code("position-level", p.levelCode(), "positions", violations);
            if (p.typeCode() == null || p.levelCode() == null || p.body() == null || p.body().isBlank()) {
                violations.add(new FieldViolation("positions", "error.member.position-incomplete"));
            }
            else if (p.body().length() > 200) {
                violations.add(new FieldViolation("positions", "error.member.too-long", 200));
            }
            if (p.termStart() != null && p.termEnd() != null && p.termEnd().isBefore(p.termStart())) {
                violations.add(new FieldViolation("positions", "error.member.term-reversed"));
            }
        }
    }

    private void code(String type, String code, String field, List<FieldViolation> violations) {
        if (code != null && !code.isBlank() && !dictionaries.isValid(type, code)) {
            violations.add(new FieldViolation(field, "error.member.unknown-code", code));
        }
    }

    private static <T> T parse(Supplier<T> parser, String raw, String field, List<FieldViolation> violations) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return parser.get();
        }
        catch (InvalidInputException e) {
            violations.add(new FieldViolation(field, e.messageCode(), e.arguments()));
            return null;
        }
    }

    private static String text(String value, String field, int max, boolean required,
            List<FieldViolation> violations) {
        String clean = blankToNull(value);
        if (clean == null) {
            if (required) {
                violations.add(new FieldViolation(field, "error.member.required"));
            }
            return null;
        }
        if (clean.length() > max) {
            violations.add(new FieldViolation(field, "error.member.too-long", max));
        }
        if (clean.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            violations.add(new FieldViolation(field, "error.member.control-characters"));
        }
        return clean;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
