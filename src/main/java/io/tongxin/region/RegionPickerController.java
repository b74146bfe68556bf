package io.tongxin.region;

import java.nio.charset.StandardCharsets;

import io.tongxin.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Re-renders a region picker after a change (htmx swaps the whole picker). Re-rendering all
 * levels, rather than appending the next one, clears the levels below a changed one and updates
 * the hidden input in one server round trip, with no page script.
 */
@Controller
class RegionPickerController {

    private static final MediaType PLAIN_TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);

    private final RegionDirectory regions;
    private final MessageSource messages;

    RegionPickerController(RegionDirectory regions, MessageSource messages) {
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping("/regions/picker")
    String picker(@RequestParam String name, @RequestParam(required = false) String value,
            @RequestParam(required = false) String root, Model model) {
        if (root != null && !root.isBlank()) {
            regions.get(RegionCode.of(root)); // a bad root is the caller's error (400/404), not a rendering failure
        }
        model.addAttribute("name", name);
        model.addAttribute("value", value);
        model.addAttribute("root", root);
        return "region/picker";
    }

    /** htmx leaves the picker as it was on an error status; the text is for logs and developer tools. */
    @ExceptionHandler(DomainException.class)
    ResponseEntity<String> refused(DomainException e) {
        String text = messages.getMessage(e.messageCode(), e.arguments(), e.messageCode(), LocaleContextHolder.getLocale());
        return ResponseEntity.status(e.status()).contentType(PLAIN_TEXT).body(text);
    }
}
