package io.tongxin.audit.internal;

import io.tongxin.audit.AuditActions;
import io.tongxin.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit log page. htmx requests (filter, paging) get only the results fragment; a normal
 * request, or htmx restoring history, gets the whole page.
 */
@Controller
class AuditPageController {

    private final AuditReading reading;
    private final AuditVerifier verifier;
    private final MessageSource messages;

    AuditPageController(AuditReading reading, AuditVerifier verifier, MessageSource messages) {
        this.reading = reading;
        this.verifier = verifier;
        this.messages = messages;
    }

    @GetMapping("/audit")
    @PreAuthorize("hasAuthority('audit:read')")
    String list(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "0") String page,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore,
            Model model) {
        AuditFilter filter = new AuditFilter(actor, action, from, to);
        model.addAttribute("filter", filter);
        model.addAttribute("actions", AuditActions.ALL);
        try {
            model.addAttribute("result", reading.find(filter, pageNumber(page), AuditReading.DEFAULT_SIZE));
        }
        catch (InvalidInputException e) {
            // The page shows what to fix instead of an error page.
            model.addAttribute("error", messages.getMessage(e.messageCode(), e.arguments(), e.messageCode(),
                    LocaleContextHolder.getLocale()));
        }
        boolean fragment = htmx != null && historyRestore == null;
        return fragment ? "audit/list :: results" : "audit/list";
    }

    /** The integrity check behind the page's button, as an alert fragment. */
    @GetMapping("/audit/verify")
    @PreAuthorize("hasAuthority('audit:read')")
    String verify(Model model) {
        model.addAttribute("verification", verifier.verifyAndRecord());
        return "audit/list :: verification";
    }

    private static int pageNumber(String page) {
        try {
            return Integer.parseInt(page.strip());
        }
        catch (NumberFormatException e) {
            throw new InvalidInputException("error.audit.bad-page", page);
        }
    }
}
