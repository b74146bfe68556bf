package io.tongxin.member;

import java.io.IOException;
import java.util.Map;

import io.tongxin.importing.ImportUploadPage;
import io.tongxin.member.internal.MemberImportHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The first step of a member import: the template to download and the upload form. The upload
 * leads to the import's own page, where validation progress, the report and the commit live.
 */
@Controller
@PreAuthorize("hasAuthority('member:import')")
class MemberImportPageController {

    private final ImportUploadPage uploads;

    MemberImportPageController(ImportUploadPage uploads) {
        this.uploads = uploads;
    }

    @GetMapping("/members/import")
    String page() {
        return "member/import";
    }

    @PostMapping("/members/import")
    String upload(@RequestParam(required = false) MultipartFile file, Model model) throws IOException {
        String next = uploads.upload(MemberImportHandler.KIND, file, Map.of(), model);
        return next != null ? next : "member/import";
    }
}
