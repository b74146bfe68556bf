package io.tongxin.member.internal;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.tongxin.member.AccountData;
import io.tongxin.member.ChangeSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Writes new members of an import in chunks: the members and their creation history by COPY, their
 * accounts as one JDBC batch, for hundreds of records at a time instead of a dozen statements each. Used inside the import's single transaction, after
 * every record was checked; the unique indexes remain the last guard.
 */
final class MemberBulkWriter {

    private record Pending(MemberStore.NewMember member, AccountData account) {
    }

    /**
     * The member columns the import writes, with the key of each in {@link MemberRepository#values}
     * (plus id and max_followers). COPY into the identity column keeps the ids given, as INSERT's
     * OVERRIDING SYSTEM VALUE would.
     */
    private static final String[][] MEMBER_COLUMNS = {
        {"id", "id"}, {"name", "name"}, {"name_pinyin", "pinyin"}, {"name_initials", "initials"}, {"gender", "gender"},
        {"ethnicity_code", "ethnicity"}, {"birth_date", "birthDate"}, {"id_number_cipher", "idCipher"},
        {"id_number_hmac", "idHmac"}, {"id_number_masked", "idMasked"}, {"phone_cipher", "phoneCipher"},
        {"phone_hmac", "phoneHmac"}, {"phone_last4", "phoneLast4"}, {"phone_masked", "phoneMasked"},
        {"native_place", "nativePlace"}, {"education_code", "education"},
        {"political_affiliation_code", "political"}, {"employer", "employer"}, {"position", "position"},
        {"address", "address"}, {"category_codes", "categories"}, {"region_code", "region"}, {"tier", "tier"},
        {"importance", "importance"}, {"tags", "tags"}, {"notes", "notes"}, {"created_by", "actor"},
        {"updated_by", "actor"}, {"max_followers", "maxFollowers"}};

    private static final String COPY_MEMBER = "copy member (" + Arrays.stream(MEMBER_COLUMNS)
        .map(c -> c[0]).collect(Collectors.joining(", ")) + ") from stdin with (format csv)";

    private final JdbcTemplate jdbc;
    private final String actor;
    private final List<Pending> pending = new ArrayList<>();

    MemberBulkWriter(JdbcTemplate jdbc, String actor) {
        this.jdbc = jdbc;
        this.actor = actor;
    }

    void add(MemberStore.NewMember member, AccountData account) {
        pending.add(new Pending(member, account));
    }

    int size() {
        return pending.size();
    }

    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        long[] ids = insertMembers();
        List<Object[]> history = new ArrayList<>();
        List<Object[]> accounts = new ArrayList<>();
        for (int i = 0; i < pending.size(); i++) {
            Pending p = pending.get(i);
            var s = p.member().sensitive();
            Map<String, String> created = new LinkedHashMap<>();
            p.member().valid().historyView(s.idMasked(), s.phoneMasked()).forEach((field, value) -> {
                if (value != null && !value.isEmpty()) {
                    created.put(field, value);
                }
            });
            if (p.account() != null) {
                AccountData a = p.account();
                accounts.add(new Object[] {ids[i], a.platformCode(), a.handle().strip(), blankToNull(a.displayName()),
                    a.followers() == null ? 0L : a.followers()});
                created.put("accounts", a.platformCode() + " @" + a.handle().strip());
            }
            // One creation row per person (ChangeHistory reads it back field by field).
            history.add(new Object[] {ids[i], actor, ChangeSource.IMPORT.name(), ChangeHistory.CREATED, null,
                ChangeHistory.createdRecord(created)});
        }
        copyHistory(history);
        if (!accounts.isEmpty()) {
            jdbc.batchUpdate("""
                    insert into member_account (member_id, platform_code, handle, display_name, followers)
                    values (?, ?, ?, ?, ?)""", accounts);
            // Today's follower count as the first snapshot of each new account.
            Long[] members = accounts.stream().map(a -> (Long) a[0]).toArray(Long[]::new);
            jdbc.update("""
                    insert into follower_snapshot (account_id, taken_on, followers)
                    select a.id, ?, a.followers from member_account a
                     where a.member_id = any(?) and not exists (select 1 from follower_snapshot s
                           where s.account_id = a.id)""", Date.valueOf(LocalDate.now()), members);
        }
        pending.clear();
    }

    /** One creation row per new member. */
    private void copyHistory(List<Object[]> rows) {
        copy("copy member_change (member_id, actor, source, field, old_value, new_value) from stdin with (format csv)",
                rows);
    }

    /**
     * The chunk's ids are taken from the sequence first, so that the history and accounts can name
     * them, and the rows go in by COPY: a batch of INSERTs cost the import thread as much again in
     * binding named parameters as PostgreSQL spent storing them (and asking for generated keys made
     * the driver send one INSERT per row, each firing member_count's statement trigger). COPY fires
     * that trigger once per chunk, like the batch did.
     */
    private long[] insertMembers() {
        long[] ids = jdbc.queryForList("select nextval(pg_get_serial_sequence('member', 'id')) from generate_series(1, ?)",
                Long.class, pending.size()).stream().mapToLong(Long::longValue).toArray();
        List<Object[]> rows = new ArrayList<>(pending.size());
        for (int i = 0; i < pending.size(); i++) {
            Pending p = pending.get(i);
            Map<String, Object> values = MemberRepository.values(p.member().valid(), p.member().sensitive(), actor);
            values.put("id", ids[i]);
            values.put("maxFollowers", p.account() == null || p.account().followers() == null ? 0L
                    : p.account().followers());
            Object[] row = new Object[MEMBER_COLUMNS.length];
            for (int c = 0; c < row.length; c++) {
                row[c] = values.get(MEMBER_COLUMNS[c][1]);
            }
            rows.add(row);
        }
        copy(COPY_MEMBER, rows);
        return ids;
    }

    /**
     * COPY in CSV: every value quoted (so an empty string stays empty), null as nothing. It runs on
     * the transaction's own connection, so it commits or rolls back with the rest.
     */
    private void copy(String copySql, List<Object[]> rows) {
        StringBuilder csv = new StringBuilder(rows.size() * 256);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    csv.append(',');
                }
                if (row[i] != null) {
                    csv.append('"').append(row[i].toString().replace("\"", "\"\"")).append('"');
                }
            }
            csv.append('\n');
        }
        Connection connection = DataSourceUtils.getConnection(jdbc.getDataSource());
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql, new StringReader(csv.toString()));
        }
        catch (SQLException | IOException e) {
            throw new IllegalStateException("Could not write the imported members", e);
        }
        finally {
            DataSourceUtils.releaseConnection(connection, jdbc.getDataSource());
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
