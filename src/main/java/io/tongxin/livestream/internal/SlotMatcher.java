package io.tongxin.livestream.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.tongxin.livestream.Session;

/**
 * Matches scheduled slots to the sessions actually held. A slot is held by a session of the same
 * streamer that starts between an hour before the slot and its end (streams start early or late;
 * a slot is an appointment, not a stopwatch); each session holds at most one slot. A past slot
 * without one is missed; today's and later slots that are not held yet are upcoming.
 */
final class SlotMatcher {

    static final Duration EARLY = Duration.ofHours(1);

    private SlotMatcher() {
    }

    static List<Slot> match(List<Schedule> schedules, List<Session> sessions, LocalDate from, LocalDate to,
            LocalDateTime now) {
        List<Slot> slots = new ArrayList<>();
        Set<Long> used = new HashSet<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            for (Schedule schedule : schedules) {
                if (!schedule.fallsOn(day)) {
                    continue;
                }
                LocalDateTime opens = day.atTime(schedule.startsAt()).minus(EARLY);
                LocalDateTime closes = day.atTime(schedule.endsAt());
                Session held = sessions.stream()
                    .filter(s -> s.streamerId() == schedule.streamerId() && !used.contains(s.id()))
                    .filter(s -> !s.startedAt().isBefore(opens) && s.startedAt().isBefore(closes))
                    .findFirst().orElse(null);
                if (held != null) {
                    used.add(held.id());
                    slots.add(new Slot(schedule, day, Slot.SlotStatus.HELD, held.id()));
                }
                else {
                    slots.add(new Slot(schedule, day,
                            closes.isBefore(now) ? Slot.SlotStatus.MISSED : Slot.SlotStatus.UPCOMING, null));
                }
            }
        }
        return slots;
    }
}
