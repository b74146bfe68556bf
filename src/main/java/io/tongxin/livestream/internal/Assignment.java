package io.tongxin.livestream.internal;

import java.time.LocalDate;

/** A streamer serving a village from {@code startedOn} until {@code endedOn} (null: still serving). */
public record Assignment(long id, String villageCode, String villageName, String villagePath, long streamerId,
        String streamerName, LocalDate startedOn, LocalDate endedOn) {

    public boolean current() {
        return endedOn == null;
    }
}
