package io.tongxin.livestream.internal;

import java.time.LocalDate;

/**
 * One scheduled slot on one day and what became of it.
 *
 * @param sessionId the session held for it, or null
 */
public record Slot(Schedule schedule, LocalDate day, SlotStatus status, Long sessionId) {

    public enum SlotStatus {
        HELD, MISSED, UPCOMING
    }
}
