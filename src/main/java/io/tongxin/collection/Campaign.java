package io.tongxin.collection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A collection campaign (采集活动) as staff see it, with its statistics.
 *
 * @param path the public address of the form, relative to the application: {@code /c/{token}}
 */
record Campaign(long id, String title, String regionCode, List<String> categoryCodes,
        List<CollectedField> askedFields, List<CollectedField> requiredFields, LocalDate deadline, boolean open,
        String token, String path, String createdBy, Instant createdAt, CampaignStats stats) {

    /** Whether the public form still takes submissions on {@code today}: open, and the deadline not past. */
    public boolean accepting(LocalDate today) {
        return open && !today.isAfter(deadline);
    }

    public boolean asks(CollectedField field) {
        return askedFields.contains(field);
    }

    public boolean requires(CollectedField field) {
        return requiredFields.contains(field);
    }
}
