package io.tongxin.importing;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * An import as its owner sees it. Counts from validation: {@code valid}, {@code invalid},
 * {@code toCreate}, {@code toUpdate}, {@code unchanged}; from the commit: {@code created},
 * {@code updated}. {@code progress} is a percentage of the current step.
 */
public record ImportJob(UUID id, String kind, String fileName, long fileSize, String fileSha256,
        ImportStatus status, String failure, int progress, int total, int valid, int invalid, int toCreate,
        int toUpdate, int unchanged, int created, int updated, ImportMode mode, boolean updateExisting,
        String createdBy, Instant createdAt, Instant finishedAt, Map<String, String> parameters) {

    public ImportJob {
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }

    public boolean committable() {
        return status == ImportStatus.VALIDATED && valid > 0;
    }
}
