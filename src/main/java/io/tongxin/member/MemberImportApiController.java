package io.tongxin.member;

import java.io.IOException;
import java.util.UUID;

import io.tongxin.importing.ImportJobs;
import io.tongxin.importing.ImportMode;
import io.tongxin.importing.ImportReport;
import io.tongxin.member.internal.MemberImportHandler;
import io.tongxin.shared.Attachments;
import io.tongxin.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Member imports over the API: upload (validated in the background), poll the job and its report,
 * commit, download the rejected rows.
 */
@RestController
@RequestMapping("/api/v1/member-imports")
@PreAuthorize("hasAuthority('member:import')")
class MemberImportApiController {

    /** Report lines in one answer; the rest are in the file of rejected rows. */
    private static final int REPORTED_ERRORS = 1000;

    private final ImportJobs imports;

    MemberImportApiController(ImportJobs imports) {
        this.imports = imports;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    ImportReport upload(@RequestParam(required = false) MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("import.file.empty");
        }
        var job = imports.submit(MemberImportHandler.KIND, file.getOriginalFilename(), file.getBytes());
        return imports.report(MemberImportHandler.KIND, job.id(), REPORTED_ERRORS);
    }

    @GetMapping("/{id}")
    ImportReport get(@PathVariable UUID id) {
        return imports.report(MemberImportHandler.KIND, id, REPORTED_ERRORS);
    }

    record CommitRequest(ImportMode mode, Boolean update) {
    }

    @PostMapping("/{id}/commit")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ImportReport commit(@PathVariable UUID id, @RequestBody CommitRequest request) {
        if (request.mode() == null) {
            throw new InvalidInputException("import.commit.mode-required");
        }
        imports.commit(MemberImportHandler.KIND, id, request.mode(), Boolean.TRUE.equals(request.update()));
        return imports.report(MemberImportHandler.KIND, id, REPORTED_ERRORS);
    }

    @GetMapping("/{id}/rejected-rows")
    void rejectedRows(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        imports.get(MemberImportHandler.KIND, id);
        Attachments.xlsx(response, "未导入的行.xlsx", "rejected-rows.xlsx");
        imports.writeRejectedRows(MemberImportHandler.KIND, id, response.getOutputStream());
    }
}
