package io.tongxin.importing.internal;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * The percentage done of the jobs this process is running. Kept in memory: it changes every few
 * rows, and a commit runs in one long transaction that must not be held up by progress writes.
 * A job that the database calls running but that is not here was left by a process that died.
 */
@Component
class ImportProgress {

    private final Map<UUID, Integer> running = new ConcurrentHashMap<>();

    void start(UUID id) {
        running.put(id, 0);
    }

    void report(UUID id, int done, int total) {
        running.computeIfPresent(id, (k, v) -> total <= 0 ? 0 : (int) Math.min(99, 100L * done / total));
    }

    void finish(UUID id) {
        running.remove(id);
    }

    boolean isRunning(UUID id) {
        return running.containsKey(id);
    }

    int percent(UUID id) {
        return running.getOrDefault(id, 100);
    }
}
