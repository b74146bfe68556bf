package io.tongxin.livestream.internal;

import java.time.LocalDate;

/** Enrolling a village (or editing its enrolment): the JSON body and the page form alike. */
public record VillageRequest(String villageCode, LocalDate enrolledOn, Boolean demonstration, String contactName,
        String contactPhone, String notes, Integer version) {

    public VillageRequest {
        villageCode = blankToNull(villageCode);
        contactName = blankToNull(contactName);
        contactPhone = blankToNull(contactPhone);
        notes = blankToNull(notes);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    boolean isDemonstration() {
        return Boolean.TRUE.equals(demonstration);
    }
}
