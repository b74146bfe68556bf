package io.tongxin.member.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.tongxin.audit.AuditActions;
import io.tongxin.importing.ImportColumn;
import io.tongxin.importing.ImportHandler;
import io.tongxin.importing.ImportOptions;
import io.tongxin.importing.ImportRun;
import io.tongxin.security.RegionScopes;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Member imports: the template's columns, with the other headers people use for each. The last,
 * 系统编号, is filled in exports, so that an edited export finds its records again.
 */
@Component
public class MemberImportHandler implements ImportHandler {

    public static final String KIND = "member";

    private final List<ImportColumn> columns;
    private final MemberStore store;
    private final MemberRepository members;
    private final AccountStore accounts;
    private final MemberCellReader reader;
    private final RegionScopes scopes;
    private final JdbcTemplate jdbc;

    MemberImportHandler(MessageSource messages, MemberStore store, MemberRepository members, AccountStore accounts,
            MemberCellReader reader, RegionScopes scopes, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.store = store;
        this.members = members;
        this.accounts = accounts;
        this.reader = reader;
        this.scopes = scopes;
        List<ImportColumn> all = new ArrayList<>();
        for (String key : MemberWorkbook.COLUMNS) {
            all.add(column(messages, key));
        }
        all.set(0, all.get(0).asRequired());
        this.columns = List.copyOf(all);
    }

    private static ImportColumn column(MessageSource messages, String key) {
        String header = messages.getMessage("member.export.column." + key, null, Locale.SIMPLIFIED_CHINESE);
        String synonyms = messages.getMessage("member.import.synonyms." + key, null, "", Locale.SIMPLIFIED_CHINESE);
        return new ImportColumn(key, header, Arrays.stream(synonyms.split("\\|")).filter(s -> !s.isBlank()).toList(),
                false);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String permission() {
        return "member:import";
    }

    @Override
    public List<ImportColumn> columns() {
        return columns;
    }

    @Override
    public boolean supportsUpdate() {
        return true;
    }

    @Override
    public String auditAction() {
        return AuditActions.MEMBER_IMPORTED;
    }

    @Override
    public String titleCode() {
        return "member.import.title";
    }

    @Override
    public String doneLink() {
        return "/members";
    }

    @Override
    public ImportRun start(ImportOptions options) {
        var user = scopes.currentUser();
        return new MemberImportRun(store, members, accounts, reader, jdbc, scopes.current(), user.getUsername(),
                options.updateExisting());
    }
}
