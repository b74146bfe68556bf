package io.tongxin.livestream.internal;

import java.time.LocalDate;

/**
 * Enrolling a village (or editing its enrolment): the JSON body and the page form alike.
 * <p>
 * The contact phone is write-only: lists show it masked, so an edit cannot send the stored number
 * back. When editing, an empty {@code contactPhone} keeps the stored number, a new one replaces it,
 * and {@code clearContactPhone} removes it (not together with a new number). Every other field is
 * replaced as given.
 */
public record VillageRequest(String villageCode, LocalDate enrolledOn, Boolean demonstration, String contactName,
        String contactPhone, String notes, Integer version, Boolean clearContactPhone) {

    public VillageRequest {
        villageCode = blankToNull(villageCode);
        contactName = blankToNull(contactName);
        contactPhone = blankToNull(contactPhone);
        notes = blankToNull(notes);
    }

    /** A new village's enrolment (nothing to clear). */
    static VillageRequest enrolment(String villageCode, LocalDate enrolledOn, boolean demonstration,
            String contactName, String contactPhone, String notes) {
        return new VillageRequest(villageCode, enrolledOn, demonstration, contactName, contactPhone, notes, null, null);
    }

    /** The same request for the village {@code code} (the API takes the code from the path). */
    VillageRequest forVillage(String code) {
        return new VillageRequest(code, enrolledOn, demonstration, contactName, contactPhone, notes, version,
                clearContactPhone);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    boolean isDemonstration() {
        return Boolean.TRUE.equals(demonstration);
    }

    boolean isClearContactPhone() {
        return Boolean.TRUE.equals(clearContactPhone);
    }

    /** True when an edit leaves the stored phone as it is. */
    boolean keepsContactPhone() {
        return contactPhone == null && !isClearContactPhone();
    }
}
