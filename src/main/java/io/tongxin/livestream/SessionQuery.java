package io.tongxin.livestream;

import java.time.LocalDate;

/**
 * Filters of the session list. {@code regionCode} narrows to a subtree inside the caller's scope;
 * {@code from} and {@code to} are local dates, both included.
 */
public record SessionQuery(String regionCode, Long streamer, String platform, LocalDate from, LocalDate to,
        int page, int size) {

    public static final int MAX_SIZE = 200;

    public SessionQuery {
        regionCode = regionCode == null || regionCode.isBlank() ? null : regionCode.strip();
        platform = platform == null || platform.isBlank() ? null : platform.strip();
        page = Math.max(page, 0);
        size = size <= 0 ? 20 : Math.min(size, MAX_SIZE);
    }
}
