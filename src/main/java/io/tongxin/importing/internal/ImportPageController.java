package io.tongxin.importing.internal;

import java.io.IOException;
import java.util.Locale;
import java.util.UUID;

import io.tongxin.importing.ImportHandler;
import io.tongxin.importing.ImportJob;
import io.tongxin.importing.ImportJobs;
import io.tongxin.importing.ImportMode;
import io.tongxin.shared.Attachments;
import io.tongxin.shared.DomainException;
import io.tongxin.shared.PageResult;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page of one import, for every kind: progress while a step runs (the panel polls itself with
 * htmx), the validation report, the commit form and, at the end, what was imported. Permissions
 * and ownership are checked by {@link ImportJobs} on every call.
 */
@Controller
class ImportPageController {

    static final int REPORT_PAGE_SIZE = 50;

    private final ImportJobs imports;
    private final MessageSource messages;

    ImportPageController(ImportJobs imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @GetMapping("/imports/{kind}/{id}")
    String page(@PathVariable String kind, @PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
            Model model) {
        panelModel(kind, id, page, model);
        return "importing/job";
    }

    @GetMapping("/imports/{kind}/{id}/panel")
    String panel(@PathVariable String kind, @PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
            Model model) {
        panelModel(kind, id, page, model);
        return "importing/job :: panel";
    }

    @PostMapping("/imports/{kind}/{id}/commit")
    String commit(@PathVariable String kind, @PathVariable UUID id, @RequestParam(required = false) ImportMode mode,
            @RequestParam(defaultValue = "false") boolean updateExisting, RedirectAttributes redirect) {
        try {
            imports.commit(kind, id, mode == null ? ImportMode.VALID_ONLY : mode, updateExisting);
        }
        catch (DomainException e) {
            if (e.status() == 404 || e.status() == 403) {
                throw e;
            }
            redirect.addFlashAttribute("commitError", messages.getMessage(e.messageCode(), e.arguments(),
                    e.messageCode(), Locale.SIMPLIFIED_CHINESE));
        }
        return "redirect:/imports/" + kind + "/" + id;
    }

    @GetMapping("/imports/{kind}/{id}/rejected-rows.xlsx")
    void rejectedRows(@PathVariable String kind, @PathVariable UUID id, HttpServletResponse response)
            throws IOException {
        ImportJob job = imports.get(kind, id);
        String base = job.fileName().replaceFirst("\\.[^.]+$", "");
        Attachments.xlsx(response, base + "-" + text("import.rejected.sheet") + ".xlsx", "rejected-rows.xlsx");
        imports.writeRejectedRows(kind, id, response.getOutputStream());
    }

    private void panelModel(String kind, UUID id, int page, Model model) {
        ImportJob job = imports.get(kind, id);
        ImportHandler handler = imports.handler(kind);
        int errorCount = imports.errorCount(kind, id);
        int current = Math.max(0, page);
        model.addAttribute("job", job);
        model.addAttribute("kind", kind);
        model.addAttribute("handler", handler);
        model.addAttribute("report", new PageResult<>(
                imports.errors(kind, id, current * REPORT_PAGE_SIZE, REPORT_PAGE_SIZE), current, REPORT_PAGE_SIZE,
                errorCount));
        model.addAttribute("skipped", Math.max(0, job.valid() - job.created() - job.updated() - job.unchanged()));
    }

    private String text(String code) {
        return messages.getMessage(code, null, code, Locale.SIMPLIFIED_CHINESE);
    }
}
