package io.tongxin.member;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Between the page form and the registry's records. */
final class MemberFormMapper {

    /** Tags are typed as one line: commas (either width), the enumeration comma 、, semicolons or new lines. */
    private static final Pattern TAG_SEPARATORS = Pattern.compile("[,\uFF0C\u3001;\uFF1B\\r\\n]+");

    private MemberFormMapper() {
    }

    static MemberData toData(MemberForm form) {
        List<PositionData> positions = form.getPositions().stream()
            .filter(row -> row != null && !row.isBlank())
            .map(PositionFormRow::toData)
            .toList();
        return new MemberData(form.getName(), form.getGender(), MemberForm.emptyToNull(form.getEthnicity()),
                form.getBirthDate(), MemberForm.emptyToNull(form.getIdNumber()),
                MemberForm.emptyToNull(form.getPhone()), form.getNativePlace(),
                MemberForm.emptyToNull(form.getEducation()), MemberForm.emptyToNull(form.getPoliticalAffiliation()),
                form.getEmployer(), form.getPosition(), form.getAddress(), form.getCategoryCodes(),
                MemberForm.emptyToNull(form.getRegionCode()), form.getTier(), form.getImportance(),
                tags(form.getTags()), form.getNotes(), positions);
    }

    /**
     * The edit form of a stored member. The ID number and phone stay empty: the page shows them
     * masked beside the field, and an empty field keeps the stored value.
     */
    static MemberForm fromMember(Member member) {
        MemberForm form = new MemberForm();
        form.setName(member.name());
        form.setGender(member.gender());
        form.setBirthDate(member.birthDate());
        form.setEthnicity(member.ethnicity());
        form.setNativePlace(member.nativePlace());
        form.setEducation(member.education());
        form.setPoliticalAffiliation(member.politicalAffiliation());
        form.setEmployer(member.employer());
        form.setPosition(member.position());
        form.setAddress(member.address());
        form.setCategoryCodes(new ArrayList<>(member.categoryCodes()));
        form.setRegionCode(member.regionCode());
        form.setTier(member.tier());
        form.setImportance(member.importance());
        form.setTags(String.join("\u3001", member.tags()));
        form.setNotes(member.notes());
        form.setPositions(new ArrayList<>(member.positions().stream().map(PositionFormRow::new).toList()));
        form.padPositions();
        form.setVersion(member.version());
        return form;
    }

    static List<String> tags(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(TAG_SEPARATORS.split(text)).map(String::strip).filter(t -> !t.isEmpty()).distinct()
            .toList();
    }
}
