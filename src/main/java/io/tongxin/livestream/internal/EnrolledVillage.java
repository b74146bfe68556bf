package io.tongxin.livestream.internal;

import java.time.LocalDate;

/**
 * An enrolled village as lists show it.
 *
 * @param streamers     streamers currently assigned
 * @param lastSessionOn day of the latest session representing the village, or null
 */
public record EnrolledVillage(String code, String name, String pathName, LocalDate enrolledOn, boolean demonstration,
        String contactName, String contactPhone, String notes, int streamers, LocalDate lastSessionOn, int version) {
}
