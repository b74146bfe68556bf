package io.tongxin.collection;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The public form, as Spring binds it: text everywhere (a malformed date is a message at the
 * field, not a binding failure), the consent checkbox, and {@code website}, a honeypot that
 * people never see and bots fill in.
 */
class PublicForm {

    private String name;
    private String gender;
    private String birthDate;
    private String ethnicity;
    private String idNumber;
    private String phone;
    private String nativePlace;
    private String education;
    private String politicalAffiliation;
    private String employer;
    private String position;
    private String address;
    private String regionCode;
    private String website;
    private List<String> categoryCodes = new ArrayList<>();
    private boolean consent;

    /** The values of the given fields as typed, for the registry's checks. */
    Map<CollectedField, String> values() {
        Map<CollectedField, String> v = new EnumMap<>(CollectedField.class);
        v.put(CollectedField.NAME, name);
        v.put(CollectedField.REGION, regionCode);
        v.put(CollectedField.GENDER, gender);
        v.put(CollectedField.BIRTH_DATE, birthDate);
        v.put(CollectedField.ETHNICITY, ethnicity);
        v.put(CollectedField.ID_NUMBER, idNumber);
        v.put(CollectedField.PHONE, phone);
        v.put(CollectedField.NATIVE_PLACE, nativePlace);
        v.put(CollectedField.EDUCATION, education);
        v.put(CollectedField.POLITICAL_AFFILIATION, politicalAffiliation);
        v.put(CollectedField.EMPLOYER, employer);
        v.put(CollectedField.POSITION, position);
        v.put(CollectedField.ADDRESS, address);
        v.put(CollectedField.CATEGORIES, String.join(",", categoryCodes));
        return v;
    }

    /** Prefills the form from a record (a personal link's snapshot); sensitive values stay empty. */
    static PublicForm of(FieldValues values) {
        PublicForm form = new PublicForm();
        form.name = values.get(CollectedField.NAME);
        form.regionCode = values.get(CollectedField.REGION);
        form.gender = values.get(CollectedField.GENDER);
        form.birthDate = values.get(CollectedField.BIRTH_DATE);
        form.ethnicity = values.get(CollectedField.ETHNICITY);
        form.nativePlace = values.get(CollectedField.NATIVE_PLACE);
        form.education = values.get(CollectedField.EDUCATION);
        form.politicalAffiliation = values.get(CollectedField.POLITICAL_AFFILIATION);
        form.employer = values.get(CollectedField.EMPLOYER);
        form.position = values.get(CollectedField.POSITION);
        form.address = values.get(CollectedField.ADDRESS);
        form.categoryCodes = new ArrayList<>(values.categories());
        return form;
    }

    boolean honeypotFilled() {
        return website != null && !website.isBlank();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getGender() {
        return gender;
    }

    public void setGender(String gender) {
        this.gender = gender;
    }

    public String getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(String birthDate) {
        this.birthDate = birthDate;
    }

    public String getEthnicity() {
        return ethnicity;
    }

    public void setEthnicity(String ethnicity) {
        this.ethnicity = ethnicity;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getNativePlace() {
        return nativePlace;
    }

    public void setNativePlace(String nativePlace) {
        this.nativePlace = nativePlace;
    }

    public String getEducation() {
        return education;
    }

    public void setEducation(String education) {
        this.education = education;
    }

    public String getPoliticalAffiliation() {
        return politicalAffiliation;
    }

    public void setPoliticalAffiliation(String politicalAffiliation) {
        this.politicalAffiliation = politicalAffiliation;
    }

    public String getEmployer() {
        return employer;
    }

    public void setEmployer(String employer) {
        this.employer = employer;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public List<String> getCategoryCodes() {
        return categoryCodes;
    }

    public void setCategoryCodes(List<String> categoryCodes) {
        this.categoryCodes = categoryCodes == null ? new ArrayList<>() : categoryCodes;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }
}
