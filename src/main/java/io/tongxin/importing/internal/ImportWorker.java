package io.tongxin.importing.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.tongxin.audit.AuditEntry;
import io.tongxin.audit.AuditLog;
import io.tongxin.audit.AuditOutcome;
import io.tongxin.importing.CellError;
import io.tongxin.importing.ImportColumn;
import io.tongxin.importing.ImportError;
import io.tongxin.importing.ImportHandler;
import io.tongxin.importing.ImportJob;
import io.tongxin.importing.ImportMode;
import io.tongxin.importing.ImportOptions;
import io.tongxin.importing.ImportRun;
import io.tongxin.importing.RowResult;
import io.tongxin.importing.SourceRow;
import io.tongxin.personaldata.SensitiveDataProtector;
import io.tongxin.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the two steps of an import on a background thread. Validation reads the file and writes the
 * report; the commit reads it again and applies every row in ONE transaction, so it all lands or
 * nothing does, also when the process dies halfway (the database rolls the transaction back).
 */
@Component
class ImportWorker {

    private static final Logger log = LoggerFactory.getLogger(ImportWorker.class);
    private static final int ERROR_BATCH = 500;
    /** The report keeps this many lines per job; the counts stay exact beyond it. */
    static final int MAX_REPORTED_ERRORS = 20_000;

    private final ImportJobRepository jobs;
    private final ImportProgress progress;
    private final SensitiveDataProtector protector;
    private final MessageSource messages;
    private final TransactionTemplate transaction;
    private final AuditLog audit;
    private final ImportLimits limits;

    ImportWorker(ImportJobRepository jobs, ImportProgress progress, SensitiveDataProtector protector,
            MessageSource messages, PlatformTransactionManager transactions, AuditLog audit, ImportLimits limits) {
        this.jobs = jobs;
        this.progress = progress;
        this.protector = protector;
        this.messages = messages;
        this.transaction = new TransactionTemplate(transactions);
        this.audit = audit;
        this.limits = limits;
    }

    void validate(UUID id, ImportHandler handler) {
        try (WorkFile file = workFile(id)) {
            Map<String, String> parameters = jobs.find(id).orElseThrow().parameters();
            List<ImportColumn> columns = handler.columns(parameters);
            int total = countRows(file, columns);
            Counts counts = new Counts();
            List<ImportError> batch = new ArrayList<>();
            int reported = 0;
            ImportRun run = handler.start(new ImportOptions(true, parameters));
            try (UploadedSheet sheet = UploadedSheet.open(file.format(), file.path(), columns)) {
                for (var chunk = chunk(sheet, run); !chunk.isEmpty(); chunk = chunk(sheet, run)) {
                    for (var data : chunk) {
                        RowResult result = check(run, data.row());
                        counts.add(result);
                        if (reported < MAX_REPORTED_ERRORS) {
                            List<ImportError> errors = report(result, data.row(), sheet.header(), columns);
                            batch.addAll(errors);
                            reported += errors.size();
                        }
                    }
                    if (batch.size() >= ERROR_BATCH) {
                        jobs.addErrors(id, batch);
                        batch.clear();
                    }
                    progress.report(id, counts.total(), total);
                }
            }
            jobs.addErrors(id, batch);
            jobs.validated(id, counts);
        }
        catch (DomainException problem) {
            jobs.failed(id, text(problem.messageCode(), problem.arguments()));
        }
        catch (IOException | RuntimeException e) {
            log.error("Import {} failed while validating", id, e);
            jobs.failed(id, text("import.job.crashed"));
        }
        finally {
            progress.finish(id);
        }
    }

    void commit(UUID id, ImportHandler handler, ImportMode mode, boolean updateExisting) {
        ImportJob job = jobs.find(id).orElseThrow();
        try (WorkFile file = workFile(id)) {
            CommitOutcome outcome = transaction.execute(status -> {
                CommitOutcome result = applyAll(id, file, handler, job, mode, updateExisting);
                if (result.refusedAt() != null) {
                    status.setRollbackOnly();
                    return result;
                }
                jobs.replaceErrors(id, result.errors());
                jobs.committed(id, result.counts(), result.counts().create(), result.counts().update());
                audit.record(entry(handler, job, result.counts(), AuditOutcome.SUCCESS, mode));
                return result;
            });
            if (outcome.refusedAt() != null) {
                jobs.replaceErrors(id, outcome.errors());
                jobs.failed(id, text("import.commit.refused", outcome.refusedAt()));
                audit.record(entry(handler, job, outcome.counts(), AuditOutcome.FAILURE, mode));
            }
        }
        catch (DomainException problem) {
            failCommit(id, handler, job, mode, text(problem.messageCode(), problem.arguments()));
        }
        catch (IOException | RuntimeException e) {
            log.error("Import {} failed while committing; nothing was imported", id, e);
            failCommit(id, handler, job, mode, text("import.commit.crashed"));
        }
        finally {
            progress.finish(id);
        }
    }

    private CommitOutcome applyAll(UUID id, WorkFile file, ImportHandler handler, ImportJob job, ImportMode mode,
            boolean updateExisting) {
        int total = job.total();
        Counts counts = new Counts();
        List<ImportError> errors = new ArrayList<>();
        List<ImportColumn> columns = handler.columns(job.parameters());
        ImportRun run = handler.start(new ImportOptions(updateExisting, job.parameters()));
        try (UploadedSheet sheet = UploadedSheet.open(file.format(), file.path(), columns)) {
            for (var chunk = chunk(sheet, run); !chunk.isEmpty(); chunk = chunk(sheet, run)) {
                for (var data : chunk) {
                    RowResult result = run.apply(data.row());
                    counts.add(result);
                    if (errors.size() < MAX_REPORTED_ERRORS) {
                        errors.addAll(report(result, data.row(), sheet.header(), columns));
                    }
                    if (!result.valid() && mode == ImportMode.ALL_OR_NOTHING) {
                        return new CommitOutcome(counts, errors, data.row().number());
                    }
                }
                progress.report(id, counts.total(), total);
            }
            run.finish();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CommitOutcome(counts, errors, null);
    }

    private record CommitOutcome(Counts counts, List<ImportError> errors, Integer refusedAt) {
    }

    private void failCommit(UUID id, ImportHandler handler, ImportJob job, ImportMode mode, String failure) {
        jobs.failed(id, failure);
        audit.record(job.createdBy(), entry(handler, job, new Counts(), AuditOutcome.FAILURE, mode));
    }

    private static AuditEntry entry(ImportHandler handler, ImportJob job, Counts counts, AuditOutcome outcome,
            ImportMode mode) {
        return AuditEntry.of(handler.auditAction()).target("IMPORT", job.id().toString()).outcome(outcome)
            .detail("file=" + abbreviate(job.fileName()) + "; size=" + job.fileSize() + "; sha256=" + job.fileSha256()
                    + "; mode=" + mode + "; rows=" + counts.total() + "; created=" + counts.create() + "; updated="
                    + counts.update() + "; unchanged=" + counts.unchanged() + "; skipped=" + counts.skipped()
                    + "; rejected=" + counts.invalid());
    }

    /** The next rows of the file, at most {@link ImportRun#CHUNK}, handed to the run to prepare. */
    private static List<UploadedSheet.DataRow> chunk(UploadedSheet sheet, ImportRun run) throws IOException {
        List<UploadedSheet.DataRow> rows = new ArrayList<>(ImportRun.CHUNK);
        for (var data = sheet.next(); data != null; data = rows.size() < ImportRun.CHUNK ? sheet.next() : null) {
            rows.add(data);
        }
        if (!rows.isEmpty()) {
            run.prepare(rows.stream().map(UploadedSheet.DataRow::row).toList());
        }
        return rows;
    }

    /** The audit detail holds 500 characters; a file name gets at most 100 of them. */
    private static String abbreviate(String fileName) {
        return fileName.length() <= 100 ? fileName : fileName.substring(0, 99) + "…";
    }

    /** A row that throws is rejected with a general message; the file goes on. */
    private RowResult check(ImportRun run, SourceRow row) {
        try {
            return run.check(row);
        }
        catch (DomainException e) {
            return RowResult.rejected(new CellError(null, e.messageCode(), e.arguments()));
        }
        catch (RuntimeException e) {
            log.warn("Import row {} could not be checked", row.number(), e);
            return RowResult.rejected(new CellError(null, "import.row.unexpected"));
        }
    }

    private List<ImportError> report(RowResult result, SourceRow row, HeaderMap header, List<ImportColumn> columns) {
        if (result.errors().isEmpty()) {
            return List.of();
        }
        List<ImportError> lines = new ArrayList<>(result.errors().size());
        for (CellError error : result.errors()) {
            String column = error.columnKey() == null ? null : header.label(error.columnKey(), columns);
            lines.add(new ImportError(row.number(), column, text(error.messageCode(), error.args())));
        }
        return lines;
    }

    /** Counts the data rows, refusing a file above the row limit before any work is done. */
    private int countRows(WorkFile file, List<ImportColumn> columns) throws IOException {
        int rows = 0;
        try (UploadedSheet sheet = UploadedSheet.open(file.format(), file.path(), columns)) {
            while (sheet.next() != null) {
                if (++rows > limits.maxRows()) {
                    throw new FileProblem("import.file.too-many-rows", limits.maxRows());
                }
            }
        }
        if (rows == 0) {
            throw new FileProblem("import.file.no-rows");
        }
        return rows;
    }

    private WorkFile workFile(UUID id) throws IOException {
        var stored = jobs.file(id).orElseThrow(() -> new FileProblem("import.job.file-gone"));
        Path path = Files.createTempFile("tongxin-import-", "." + stored.format().name().toLowerCase(Locale.ROOT));
        Files.write(path, protector.decryptBytes(stored.sealed()));
        return new WorkFile(path, stored.format());
    }

    /** The decrypted upload on disk for the parsers, deleted as soon as the step ends. */
    record WorkFile(Path path, FileFormat format) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            Files.deleteIfExists(path);
        }
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, code, Locale.SIMPLIFIED_CHINESE);
    }
}
