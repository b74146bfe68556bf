package io.tongxin.importing.internal;

import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.tongxin.importing.ImportError;
import io.tongxin.importing.ImportHandler;
import io.tongxin.importing.ImportJob;
import io.tongxin.importing.ImportJobs;
import io.tongxin.importing.ImportMode;
import io.tongxin.importing.ImportStatus;
import io.tongxin.personaldata.SensitiveDataProtector;
import io.tongxin.security.RegionScopes;
import io.tongxin.security.TongxinUser;
import io.tongxin.shared.ConflictException;
import io.tongxin.shared.ForbiddenException;
import io.tongxin.shared.InvalidInputException;
import io.tongxin.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;

@Service
class ImportJobService implements ImportJobs {

    private static final Duration KEEP_FILES = Duration.ofDays(7);

    private final Map<String, ImportHandler> handlers;
    private final ImportJobRepository jobs;
    private final ImportWorker worker;
    private final ImportProgress progress;
    private final RejectedRowsWriter rejectedRows;
    private final SensitiveDataProtector protector;
    private final RegionScopes scopes;
    private final ImportLimits limits;
    private final TaskExecutor executor;
    private final MessageSource messages;

    ImportJobService(List<ImportHandler> handlers, ImportJobRepository jobs, ImportWorker worker,
            ImportProgress progress, RejectedRowsWriter rejectedRows, SensitiveDataProtector protector,
            RegionScopes scopes, ImportLimits limits, TaskExecutor importExecutor, MessageSource messages) {
        this.handlers = handlers.stream().collect(Collectors.toMap(ImportHandler::kind, Function.identity()));
        this.jobs = jobs;
        this.worker = worker;
        this.progress = progress;
        this.rejectedRows = rejectedRows;
        this.protector = protector;
        this.scopes = scopes;
        this.limits = limits;
        this.executor = importExecutor;
        this.messages = messages;
    }

    @Override
    public ImportJob submit(String kind, String fileName, byte[] content, Map<String, String> parameters) {
        ImportHandler handler = permitted(kind);
        if (parameters.size() > 10 || parameters.entrySet().stream()
                .anyMatch(p -> p.getKey().length() > 40 || p.getValue() == null || p.getValue().length() > 100)) {
            throw new InvalidInputException("import.parameters.invalid");
        }
        handler.checkParameters(parameters);
        if (content == null || content.length == 0) {
            throw new InvalidInputException("import.file.empty");
        }
        if (content.length > limits.maxFileSize().toBytes()) {
            throw new InvalidInputException("import.file.too-large", content.length / 1024 / 1024 + 1,
                    limits.maxFileSize().toMegabytes());
        }
        String name = fileName == null || fileName.isBlank() ? "upload" : fileName.strip();
        FileFormat format = FileFormat.detect(name, content);
        TongxinUser user = scopes.currentUser();
        jobs.purgeFilesBefore(Instant.now().minus(KEEP_FILES));
        UUID id = UUID.randomUUID();
        jobs.insert(id, kind, user.getUsername(), user.region().value(), name, content.length, sha256(content),
                format, protector.encryptBytes(content), parameters);
        progress.start(id);
        executor.execute(new DelegatingSecurityContextRunnable(() -> worker.validate(id, handler)));
        return get(kind, id);
    }

    @Override
    public ImportJob get(String kind, UUID id) {
        permitted(kind);
        ImportJob job = jobs.find(id)
            .filter(j -> j.kind().equals(kind) && j.createdBy().equals(scopes.currentUser().getUsername()))
            .orElseThrow(() -> new NotFoundException("import.job.not-found"));
        if (job.status().running() && !progress.isRunning(id)) {
            // Its process died: the commit's transaction went with it, so nothing was imported.
            jobs.failRunning(id, text("import.job.interrupted"));
            return jobs.find(id).orElseThrow();
        }
        int percent = job.status().running() ? progress.percent(id) : 100;
        return new ImportJob(job.id(), job.kind(), job.fileName(), job.fileSize(), job.fileSha256(), job.status(),
                job.failure(), percent, job.total(), job.valid(), job.invalid(), job.toCreate(), job.toUpdate(),
                job.unchanged(), job.created(), job.updated(), job.mode(), job.updateExisting(), job.createdBy(),
                job.createdAt(), job.finishedAt(), job.parameters());
    }

    @Override
    public List<ImportError> errors(String kind, UUID id, int offset, int limit) {
        get(kind, id);
        return jobs.errors(id, Math.max(0, offset), Math.max(1, Math.min(limit, 1000)));
    }

    @Override
    public int errorCount(String kind, UUID id) {
        get(kind, id);
        return jobs.errorCount(id);
    }

    @Override
    public ImportJob commit(String kind, UUID id, ImportMode mode, boolean updateExisting) {
        ImportHandler handler = permitted(kind);
        ImportJob job = get(kind, id);
        if (job.status() != ImportStatus.VALIDATED) {
            throw new ConflictException("import.commit.not-ready");
        }
        if (mode == ImportMode.ALL_OR_NOTHING && job.invalid() > 0) {
            throw new InvalidInputException("import.commit.file-not-clean", job.invalid());
        }
        if (job.valid() == 0) {
            throw new InvalidInputException("import.commit.nothing-valid");
        }
        boolean update = updateExisting && handler.supportsUpdate();
        progress.start(id);
        if (!jobs.startCommit(id, mode, update)) {
            progress.finish(id);
            throw new ConflictException("import.commit.not-ready");
        }
        executor.execute(new DelegatingSecurityContextRunnable(() -> worker.commit(id, handler, mode, update)));
        return get(kind, id);
    }

    @Override
    public void writeRejectedRows(String kind, UUID id, OutputStream out) {
        ImportHandler handler = permitted(kind);
        ImportJob job = get(kind, id);
        var stored = jobs.file(id).orElseThrow(() -> new NotFoundException("import.job.file-gone"));
        rejectedRows.write(stored, handler.columns(job.parameters()),
                jobs.errors(id, 0, ImportWorker.MAX_REPORTED_ERRORS), out);
    }

    @Override
    public ImportHandler handler(String kind) {
        ImportHandler handler = handlers.get(kind);
        if (handler == null) {
            throw new NotFoundException("import.job.not-found");
        }
        return handler;
    }

    private ImportHandler permitted(String kind) {
        ImportHandler handler = handler(kind);
        if (!scopes.currentUser().permissions().contains(handler.permission())) {
            throw new ForbiddenException("error.403.detail");
        }
        return handler;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, code, Locale.SIMPLIFIED_CHINESE);
    }
}
