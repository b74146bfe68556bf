package io.tongxin.livestream.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import io.tongxin.region.RegionCode;
import io.tongxin.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The slots of the schedules of a region over a period, each matched to a session or missed. */
@Service
public class ScheduleSlots {

    static final int MAX_DAYS = 92;

    private final ScheduleStore schedules;
    private final SessionStore sessions;

    ScheduleSlots(ScheduleStore schedules, SessionStore sessions) {
        this.schedules = schedules;
        this.sessions = sessions;
    }

    @Transactional(readOnly = true)
    public List<Slot> slots(RegionCode region, LocalDate from, LocalDate to) {
        LocalDate end = to == null ? LocalDate.now(Sql.ZONE) : to;
        LocalDate start = from == null ? end.minusDays(13) : from;
        if (start.isAfter(end) || start.plusDays(MAX_DAYS).isBefore(end)) {
            throw new InvalidInputException("livestream.error.slot-range", MAX_DAYS);
        }
        return forSchedules(schedules.list(region, start, end), start, end);
    }

    @Transactional(readOnly = true)
    public List<Slot> ofStreamer(long streamerId, LocalDate from, LocalDate to) {
        return forSchedules(schedules.ofStreamer(streamerId), from, to);
    }

    private List<Slot> forSchedules(List<Schedule> list, LocalDate start, LocalDate end) {
        List<Long> streamers = list.stream().map(Schedule::streamerId).distinct().toList();
        return SlotMatcher.match(list, sessions.ofStreamers(streamers, start, end), start, end,
                LocalDateTime.now(Sql.ZONE));
    }
}
