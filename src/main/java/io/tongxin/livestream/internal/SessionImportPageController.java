package io.tongxin.livestream.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.tongxin.dictionary.Dictionaries;
import io.tongxin.importing.ImportColumn;
import io.tongxin.importing.ImportUploadPage;
import io.tongxin.security.RegionScopes;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Importing a platform's session export: choose the platform, upload (then the import's own page),
 * and the column mapping: which headers that platform's export uses for each column, saved once.
 */
@Controller
@PreAuthorize("hasAuthority('livestream:edit')")
class SessionImportPageController {

    private final ImportUploadPage uploads;
    private final ImportHeaders headers;
    private final SessionImportHandler handler;
    private final Dictionaries dictionaries;
    private final RegionScopes scopes;

    SessionImportPageController(ImportUploadPage uploads, ImportHeaders headers, SessionImportHandler handler,
            Dictionaries dictionaries, RegionScopes scopes) {
        this.uploads = uploads;
        this.headers = headers;
        this.handler = handler;
        this.dictionaries = dictionaries;
        this.scopes = scopes;
    }

    @GetMapping("/livestream/sessions/import")
    String page(@RequestParam(required = false) String platform, Model model) {
        model.addAttribute("platforms", dictionaries.items("platform"));
        model.addAttribute("platform", platform);
        return "livestream/session-import";
    }

    @PostMapping("/livestream/sessions/import")
    String upload(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String platform,
            Model model) throws IOException {
        String next = uploads.upload(SessionImportHandler.KIND, file,
                platform == null ? Map.of() : Map.of(SessionImportHandler.PLATFORM, platform), model);
        return next != null ? next : page(platform, model);
    }

    @GetMapping("/livestream/sessions/import/columns")
    String columns(@RequestParam String platform, Model model) {
        dictionaries.requireValid("platform", platform);
        Map<String, List<String>> saved = headers.of(platform);
        List<ImportColumn> columns = handler.columns();
        Map<String, String> values = new LinkedHashMap<>();
        columns.forEach(c -> values.put(c.key(), String.join("、", saved.getOrDefault(c.key(), List.of()))));
        model.addAttribute("platform", platform);
        model.addAttribute("platformName", dictionaries.nameOf("platform", platform));
        model.addAttribute("columns", columns);
        model.addAttribute("values", values);
        return "livestream/session-import-columns";
    }

    @PostMapping("/livestream/sessions/import/columns")
    String saveColumns(@RequestParam String platform, @RequestParam Map<String, String> form,
            RedirectAttributes redirect) {
        dictionaries.requireValid("platform", platform);
        Map<String, String> byColumn = new LinkedHashMap<>();
        for (ImportColumn column : handler.columns()) {
            String value = form.get("header." + column.key());
            if (value != null && !value.isBlank()) {
                byColumn.put(column.key(), value);
            }
        }
        headers.save(platform, byColumn, scopes.currentUser().getUsername());
        redirect.addFlashAttribute("flashSuccess", "livestream.import.columns-saved");
        return "redirect:/livestream/sessions/import?platform=" + platform;
    }
}
