package io.tongxin.livestream.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.tongxin.audit.AuditActions;
import io.tongxin.dictionary.Dictionaries;
import io.tongxin.importing.ImportColumn;
import io.tongxin.importing.ImportHandler;
import io.tongxin.importing.ImportOptions;
import io.tongxin.importing.ImportRun;
import io.tongxin.member.MemberManagement;
import io.tongxin.region.RegionDirectory;
import io.tongxin.security.RegionScopes;
import io.tongxin.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Live sessions from a platform's data export. The uploader says which platform the file comes
 * from; its columns are found by the usual header names plus those saved for that platform (the
 * column mapping). A session recorded before (same platform session id, or same account and
 * start) is "unchanged", so importing one file twice creates nothing the second time.
 */
@Component
public class SessionImportHandler implements ImportHandler {

    public static final String KIND = "livestream-session";
    static final String PLATFORM = "platform";
    private static final List<String> REQUIRED = List.of("handle", "startedAt", "gmv");
    static final List<String> KEYS = List.of("handle", "streamer", "startedAt", "endedAt", "duration", "peakViewers",
            "totalViewers", "orders", "gmv", "products", "platformSessionId", "villages", "notes");

    private final MessageSource messages;
    private final ImportHeaders savedHeaders;
    private final Dictionaries dictionaries;
    private final SessionImportRun.Dependencies dependencies;
    private final RegionScopes scopes;

    SessionImportHandler(MessageSource messages, ImportHeaders savedHeaders, Dictionaries dictionaries,
            MemberManagement members, StreamerStore streamers, SessionValidator validator, SessionStore sessions,
            RegionDirectory regions, RegionScopes scopes) {
        this.messages = messages;
        this.savedHeaders = savedHeaders;
        this.dictionaries = dictionaries;
        this.scopes = scopes;
        this.dependencies = new SessionImportRun.Dependencies(members, streamers, validator, sessions, regions,
                dictionaries);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String permission() {
        return "livestream:edit";
    }

    @Override
    public List<ImportColumn> columns() {
        return columns(Map.of());
    }

    @Override
    public List<ImportColumn> columns(Map<String, String> parameters) {
        String platform = parameters.get(PLATFORM);
        Map<String, List<String>> saved = platform == null ? Map.of() : savedHeaders.of(platform);
        List<ImportColumn> columns = new ArrayList<>();
        for (String key : KEYS) {
            List<String> synonyms = new ArrayList<>(Arrays.stream(text("livestream.import.synonyms." + key)
                .split("\\|")).filter(s -> !s.isBlank()).toList());
            synonyms.addAll(saved.getOrDefault(key, List.of()));
            ImportColumn column = new ImportColumn(key, text("livestream.import.column." + key), synonyms, false);
            // A file without GMV would import every session at 0 yuan, so that column must be found.
            columns.add(REQUIRED.contains(key) ? column.asRequired() : column);
        }
        return columns;
    }

    @Override
    public void checkParameters(Map<String, String> parameters) {
        String platform = parameters.get(PLATFORM);
        if (platform == null || !dictionaries.isValid("platform", platform)) {
            throw new InvalidInputException("livestream.import.platform-required");
        }
    }

    @Override
    public boolean supportsUpdate() {
        return false;
    }

    @Override
    public String auditAction() {
        return AuditActions.LIVESTREAM_SESSIONS_IMPORTED;
    }

    @Override
    public String titleCode() {
        return "livestream.import.title";
    }

    @Override
    public String doneLink() {
        return "/livestream/sessions";
    }

    @Override
    public ImportRun start(ImportOptions options) {
        return new SessionImportRun(dependencies, options.parameter(PLATFORM), scopes.current(),
                scopes.currentUser().getUsername());
    }

    private String text(String code) {
        return messages.getMessage(code, null, "", Locale.SIMPLIFIED_CHINESE);
    }
}
