package io.tongxin.livestream.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** A new schedule: the JSON body and the page form alike. Weekdays are ISO numbers, 1 = Monday. */
public record ScheduleRequest(Long streamerId, String villageCode, List<Integer> weekdays, LocalTime startsAt,
        LocalTime endsAt, ScheduleKind kind, String title, LocalDate validFrom, LocalDate validTo) {

    public ScheduleRequest {
        villageCode = VillageRequest.blankToNull(villageCode);
        title = VillageRequest.blankToNull(title);
        weekdays = weekdays == null ? List.of() : weekdays.stream().distinct().sorted().toList();
    }
}
