package io.tongxin.member;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.tongxin.personaldata.Gender;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The member form of the pages (new and edit): a mutable bean because Spring binds and
 * Thymeleaf's {@code th:field} reads it, with text where the page has text (tags) and always
 * {@link #POSITION_ROWS} position rows, blank ones being ignored. Rules live in the registry, not
 * here: its {@code InvalidFieldsException} names these same field names.
 */
class MemberForm {

    static final int POSITION_ROWS = 3;

    private String name;
    private Gender gender;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate birthDate;
    private String ethnicity;
    private String idNumber;
    private String phone;
    private String nativePlace;
    private String education;
    private String politicalAffiliation;
    private String employer;
    private String position;
    private String address;
    private List<String> categoryCodes = new ArrayList<>();
    private String regionCode;
    private Tier tier;
    private Importance importance = Importance.GENERAL;
    private String tags;
    private String notes;
    private List<PositionFormRow> positions = new ArrayList<>();
    private Integer version;

    MemberForm() {
        padPositions();
    }

    /** Always {@link #POSITION_ROWS} rows, so that the page can show empty ones to fill in. */
    void padPositions() {
        while (positions.size() < POSITION_ROWS) {
            positions.add(new PositionFormRow());
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    static String emptyToNull(String value) {
        return blank(value) ? null : value.strip();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
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

    public List<String> getCategoryCodes() {
        return categoryCodes;
    }

    public void setCategoryCodes(List<String> categoryCodes) {
        this.categoryCodes = categoryCodes == null ? new ArrayList<>() : categoryCodes;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public Tier getTier() {
        return tier;
    }

    public void setTier(Tier tier) {
        this.tier = tier;
    }

    public Importance getImportance() {
        return importance;
    }

    public void setImportance(Importance importance) {
        this.importance = importance;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public List<PositionFormRow> getPositions() {
        return positions;
    }

    public void setPositions(List<PositionFormRow> positions) {
        this.positions = positions == null ? new ArrayList<>() : positions;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
