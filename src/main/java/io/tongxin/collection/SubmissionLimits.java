package io.tongxin.collection;

import org.springframework.stereotype.Component;

/** The two rate limits of the public forms: per client address and per campaign (or personal link). */
@Component
class SubmissionLimits {

    private final SlidingWindowLimiter limiter = new SlidingWindowLimiter();
    private final CollectionProperties properties;

    SubmissionLimits(CollectionProperties properties) {
        this.properties = properties;
    }

    /** Both limits must allow the submission; the address is checked first so that one client cannot use up a campaign. */
    boolean allow(String clientAddress, String target) {
        return limiter.tryAcquire("address:" + clientAddress, properties.perAddressLimit(),
                properties.perAddressWindow())
                && limiter.tryAcquire("target:" + target, properties.perCampaignLimit(),
                        properties.perCampaignWindow());
    }
}
