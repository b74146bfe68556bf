package io.tongxin.livestream.internal;

import java.time.LocalDate;

/**
 * An enrolled village as lists show it. The contact phone is personal data and appears only
 * masked ({@code 138****5678}, {@code 0934-***2345}); the clear value needs a reason
 * ({@link ProgrammeManagement#revealContactPhone}).
 *
 * @param contactPhoneMasked the contact phone masked, or null when none is stored
 * @param streamers          streamers currently assigned
 * @param lastSessionOn      day of the latest session representing the village, or null
 */
public record EnrolledVillage(String code, String name, String pathName, LocalDate enrolledOn, boolean demonstration,
        String contactName, String contactPhoneMasked, String notes, int streamers, LocalDate lastSessionOn,
        int version) {
}
