package io.tongxin.collection;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The member fields a campaign can ask for. {@link #field()} is the name used by
 * {@code MemberData}, by the registry's field violations and by review decisions, so one name
 * follows a value from the public form to the member record.
 */
enum CollectedField {
    NAME("name"), REGION("regionCode"), GENDER("gender"), BIRTH_DATE("birthDate"), ETHNICITY("ethnicity"),
    ID_NUMBER("idNumber"), PHONE("phone"), NATIVE_PLACE("nativePlace"), EDUCATION("education"),
    POLITICAL_AFFILIATION("politicalAffiliation"), EMPLOYER("employer"), POSITION("position"),
    ADDRESS("address"), CATEGORIES("categoryCodes");

    /** Every campaign asks for these, and requires them: a record needs a name and a region. */
    static final Set<CollectedField> ALWAYS = EnumSet.of(NAME, REGION);

    private final String field;

    CollectedField(String field) {
        this.field = field;
    }

    public String field() {
        return field;
    }

    public boolean sensitive() {
        return this == ID_NUMBER || this == PHONE;
    }

    /** Message key of the label, the member module's own. */
    public String labelKey() {
        return "member.field." + field;
    }

    static CollectedField ofField(String field) {
        return Arrays.stream(values()).filter(f -> f.field.equals(field)).findFirst()
            .orElseThrow(() -> new io.tongxin.shared.InvalidInputException("collection.error.unknown-field", field));
    }

    /** Accepts the enum name (ID_NUMBER) or the field name (idNumber). */
    static CollectedField parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException e) {
            return ofField(value.strip());
        }
    }
}
