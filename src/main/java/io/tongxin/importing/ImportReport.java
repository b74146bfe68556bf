package io.tongxin.importing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An import job as the API returns it: where it is, its counts and the first lines of its report.
 * {@code errorCount} is the number of report lines stored; {@code errors} holds at most the first
 * thousand (the file of rejected rows has them all).
 */
public record ImportReport(UUID id, String fileName, long fileSize, String fileSha256, ImportStatus status,
        String failure, int progress, int total, int valid, int invalid, int toCreate, int toUpdate, int unchanged,
        int created, int updated, ImportMode mode, boolean updateExisting, Instant createdAt, Instant finishedAt,
        int errorCount, List<ImportError> errors) {

    public static ImportReport of(ImportJob job, int errorCount, List<ImportError> errors) {
        return new ImportReport(job.id(), job.fileName(), job.fileSize(), job.fileSha256(), job.status(),
                job.failure(), job.progress(), job.total(), job.valid(), job.invalid(), job.toCreate(),
                job.toUpdate(), job.unchanged(), job.created(), job.updated(), job.mode(), job.updateExisting(),
                job.createdAt(), job.finishedAt(), errorCount, errors);
    }
}
