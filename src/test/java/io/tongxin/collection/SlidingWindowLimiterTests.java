package io.tongxin.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class SlidingWindowLimiterTests {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final SlidingWindowLimiter limiter = new SlidingWindowLimiter(now::get);

    @Test
    void allowsTheLimitPerKeyAndWindowThenAgainAsOldEventsLeaveTheWindow() {
        Duration minute = Duration.ofMinutes(1);
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire("campaign:1", 3, minute)).isTrue();
            now.addAndGet(Duration.ofSeconds(10).toNanos());
        }
        assertThat(limiter.tryAcquire("campaign:1", 3, minute)).isFalse();
        assertThat(limiter.tryAcquire("campaign:2", 3, minute)).as("other keys are independent").isTrue();
        now.addAndGet(Duration.ofSeconds(31).toNanos()); // the first event is now 61 s old
        assertThat(limiter.tryAcquire("campaign:1", 3, minute)).isTrue();
        assertThat(limiter.tryAcquire("campaign:1", 3, minute)).isFalse();
    }
}
