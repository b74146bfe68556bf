package io.tongxin.importing;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.tongxin.shared.Attachments;
import io.tongxin.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import API of one kind, the same for every kind: a module's controller extends this with its
 * own {@code @RequestMapping} (e.g. {@code /api/v1/member-imports}) and {@code @PreAuthorize}.
 * Upload (202 and the job), poll, commit, download the rejected rows. Form fields sent with the
 * file besides {@code file} become the job's parameters (e.g. {@code platform}).
 */
public abstract class ImportApiEndpoints {

    /** Report lines in one answer; the rest are in the file of rejected rows. */
    static final int REPORTED_ERRORS = 1000;

    private final ImportJobs imports;
    private final String kind;

    protected ImportApiEndpoints(ImportJobs imports, String kind) {
        this.imports = imports;
        this.kind = kind;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    public ImportReport upload(@RequestParam(required = false) MultipartFile file,
            @RequestParam Map<String, String> fields) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("import.file.empty");
        }
        Map<String, String> parameters = new HashMap<>(fields);
        parameters.remove("file");
        parameters.remove("_csrf");
        ImportJob job = imports.submit(kind, file.getOriginalFilename(), file.getBytes(), parameters);
        return imports.report(kind, job.id(), REPORTED_ERRORS);
    }

    @GetMapping("/{id}")
    public ImportReport get(@PathVariable UUID id) {
        return imports.report(kind, id, REPORTED_ERRORS);
    }

    /** {@code mode}: VALID_ONLY or ALL_OR_NOTHING; {@code update}: whether existing records change. */
    public record CommitRequest(ImportMode mode, Boolean update) {
    }

    @PostMapping("/{id}/commit")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public ImportReport commit(@PathVariable UUID id, @RequestBody CommitRequest request) {
        if (request.mode() == null) {
            throw new InvalidInputException("import.commit.mode-required");
        }
        imports.commit(kind, id, request.mode(), Boolean.TRUE.equals(request.update()));
        return imports.report(kind, id, REPORTED_ERRORS);
    }

    @GetMapping("/{id}/rejected-rows")
    public void rejectedRows(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        imports.get(kind, id);
        Attachments.xlsx(response, "未导入的行.xlsx", "rejected-rows.xlsx");
        imports.writeRejectedRows(kind, id, response.getOutputStream());
    }
}
