package io.tongxin.livestream;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/** A recorded live session. Times are local (Asia/Shanghai). */
public record Session(long id, String regionCode, List<String> villageCodes, long streamerId, String streamerName,
        long accountId, String platformCode, LocalDateTime startedAt, LocalDateTime endedAt, long peakViewers,
        long totalViewers, long orders, BigDecimal gmv, List<String> productCodes, String platformSessionId,
        String notes, SessionSource source, int version) {

    /** Length in minutes, for lists. */
    public long minutes() {
        return java.time.Duration.between(startedAt, endedAt).toMinutes();
    }
}
