package io.tongxin.collection;

import java.time.Instant;

/**
 * A personal update link for one member: single use, expiring.
 *
 * @param snapshot the record when the link was made, sensitive values masked
 */
record PersonalLink(long id, String token, String path, long memberId, String regionCode, FieldValues snapshot,
        Instant expiresAt, Instant usedAt, String createdBy, Instant createdAt) {

    boolean expired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    boolean used() {
        return usedAt != null;
    }
}
