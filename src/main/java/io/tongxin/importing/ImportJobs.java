package io.tongxin.importing;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Imports as a module's controllers use them: upload a file (validated in the background), read
 * the job and its report, commit it, download the rejected rows. Every call is made as the
 * signed-in user; a job is visible to the user who uploaded it only.
 */
public interface ImportJobs {

    /** Checks the file's size and type, stores it encrypted and starts validating it. */
    default ImportJob submit(String kind, String fileName, byte[] content) {
        return submit(kind, fileName, content, Map.of());
    }

    /** As {@link #submit(String, String, byte[])}, with what the uploader chose (e.g. the platform). */
    ImportJob submit(String kind, String fileName, byte[] content, Map<String, String> parameters);

    /** @throws io.tongxin.shared.NotFoundException for another user's or an unknown job */
    ImportJob get(String kind, UUID id);

    List<ImportError> errors(String kind, UUID id, int offset, int limit);

    int errorCount(String kind, UUID id);

    /** The job with the first {@code maxErrors} lines of its report, as the API returns it. */
    default ImportReport report(String kind, UUID id, int maxErrors) {
        ImportJob job = get(kind, id);
        return ImportReport.of(job, errorCount(kind, id), errors(kind, id, 0, maxErrors));
    }

    /**
     * Starts the commit of a validated job. ALL_OR_NOTHING is refused up front when validation
     * found errors; updating existing records needs {@code updateExisting}.
     */
    ImportJob commit(String kind, UUID id, ImportMode mode, boolean updateExisting);

    /** The rejected rows as an .xlsx: the file's own header and cells plus a column saying what to fix. */
    void writeRejectedRows(String kind, UUID id, OutputStream out);

    /** The handler of a kind, for its titles and links. */
    ImportHandler handler(String kind);
}
