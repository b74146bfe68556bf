package io.tongxin.livestream;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One live session as entered by form or read from a platform's export.
 *
 * @param streamerId        id of the member who streamed
 * @param accountId         the member's online account used (gives the platform)
 * @param villageCodes      the villages represented, the first one being the one the figures are
 *                          attributed to (so no yuan is counted twice)
 * @param startedAt         local time (Asia/Shanghai), seconds at most
 * @param endedAt           local time, after the start and at most 24 hours later
 * @param gmv               yuan, exact, at most two decimals
 * @param productCodes      items of the {@code livestream-product} dictionary
 * @param platformSessionId the platform's own id of the session, if known (dedupe key)
 */
public record SessionData(Long streamerId, Long accountId, List<String> villageCodes, LocalDateTime startedAt,
        LocalDateTime endedAt, Long peakViewers, Long totalViewers, Long orders, BigDecimal gmv,
        List<String> productCodes, String platformSessionId, String notes) {

    public SessionData {
        villageCodes = villageCodes == null ? List.of() : villageCodes.stream()
            .filter(code -> code != null && !code.isBlank()).map(String::strip).distinct().toList();
        productCodes = productCodes == null ? List.of() : productCodes.stream()
            .filter(code -> code != null && !code.isBlank()).map(String::strip).distinct().toList();
        platformSessionId = platformSessionId == null || platformSessionId.isBlank() ? null : platformSessionId.strip();
        notes = notes == null || notes.isBlank() ? null : notes.strip();
    }
}
