package io.tongxin.member;

import java.io.IOException;
import java.util.Locale;

import io.tongxin.importing.ImportJobs;
import io.tongxin.member.internal.MemberImportHandler;
import io.tongxin.shared.DomainException;
import io.tongxin.shared.InvalidInputException;
import org.springframework.context.MessageSource;
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

    private final ImportJobs imports;
    private final MessageSource messages;

    MemberImportPageController(ImportJobs imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @GetMapping("/members/import")
    String page() {
        return "member/import";
    }

    @PostMapping("/members/import")
    String upload(@RequestParam(required = false) MultipartFile file, Model model) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException("import.file.empty");
            }
            var job = imports.submit(MemberImportHandler.KIND, file.getOriginalFilename(), file.getBytes());
            return "redirect:/imports/" + MemberImportHandler.KIND + "/" + job.id();
        }
        catch (DomainException e) {
            model.addAttribute("uploadError", messages.getMessage(e.messageCode(), e.arguments(), e.messageCode(),
                    Locale.SIMPLIFIED_CHINESE));
            return "member/import";
        }
    }
}
