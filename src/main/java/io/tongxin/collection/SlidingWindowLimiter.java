package io.tongxin.collection;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * In-memory sliding-window rate limit: at most {@code limit} events per key within the window.
 * Enough for one application node; several nodes would each allow the limit (say so when scaling
 * out, or move the counters to the database). Keys with no recent events are dropped when the
 * map grows, so a flood of different addresses cannot exhaust memory.
 */
final class SlidingWindowLimiter {

    private static final int PRUNE_ABOVE = 50_000;

    private final ConcurrentMap<String, Deque<Long>> events = new ConcurrentHashMap<>();
    private final LongSupplier clock;

    SlidingWindowLimiter(LongSupplier nanoClock) {
        this.clock = nanoClock;
    }

    SlidingWindowLimiter() {
        this(System::nanoTime);
    }

    /** Counts an event for {@code key} and says whether it is within the limit (a refused one is not counted). */
    boolean tryAcquire(String key, int limit, Duration window) {
        long now = clock.getAsLong();
        long oldest = now - window.toNanos();
        boolean[] allowed = new boolean[1];
        events.compute(key, (k, times) -> {
            Deque<Long> deque = times == null ? new ArrayDeque<>() : times;
            while (!deque.isEmpty() && deque.peekFirst() - oldest <= 0) {
                deque.pollFirst();
            }
            allowed[0] = deque.size() < limit;
            if (allowed[0]) {
                deque.addLast(now);
            }
            return deque;
        });
        if (events.size() > PRUNE_ABOVE) {
            events.entrySet().removeIf(e -> {
                Long last = e.getValue().peekLast();
                return last == null || last - oldest <= 0;
            });
        }
        return allowed[0];
    }
}
