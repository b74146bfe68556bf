package io.tongxin.livestream.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** A recurring slot of a streamer for a village, e.g. every Tuesday and Thursday 20:00-22:00. */
public record Schedule(long id, long streamerId, String streamerName, String villageCode, String villageName,
        List<DayOfWeek> weekdays, LocalTime startsAt, LocalTime endsAt, ScheduleKind kind, String title,
        LocalDate validFrom, LocalDate validTo) {

    /** Whether a slot falls on this day. */
    public boolean fallsOn(LocalDate day) {
        return weekdays.contains(day.getDayOfWeek()) && !day.isBefore(validFrom)
                && (validTo == null || !day.isAfter(validTo));
    }
}
