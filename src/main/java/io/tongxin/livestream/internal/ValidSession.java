package io.tongxin.livestream.internal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** A session that passed every rule, ready to store; times as instants with the local offset. */
public record ValidSession(String regionCode, List<String> villageCodes, long streamerId, long accountId,
        String platformCode, OffsetDateTime startedAt, OffsetDateTime endedAt, long peakViewers, long totalViewers,
        long orders, BigDecimal gmv, List<String> productCodes, String platformSessionId, String notes) {
}
