package io.tongxin.importing;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import io.tongxin.shared.DomainException;
import io.tongxin.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;

/**
 * The upload step of an import page, the same for every kind: a good file goes on to the import's
 * own page; a refused one comes back to the form with the reason as {@code uploadError}, shown under
 * the file field.
 */
@Component
public class ImportUploadPage {

    private final ImportJobs imports;
    private final MessageSource messages;

    ImportUploadPage(ImportJobs imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    /** @return a redirect to the import's page, or null when refused (the model then holds uploadError) */
    public String upload(String kind, MultipartFile file, Map<String, String> parameters, Model model)
            throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException("import.file.empty");
            }
            ImportJob job = imports.submit(kind, file.getOriginalFilename(), file.getBytes(), parameters);
            return "redirect:/imports/" + kind + "/" + job.id();
        }
        catch (DomainException e) {
            model.addAttribute("uploadError", messages.getMessage(e.messageCode(), e.arguments(), e.messageCode(),
                    Locale.SIMPLIFIED_CHINESE));
            return null;
        }
    }
}
