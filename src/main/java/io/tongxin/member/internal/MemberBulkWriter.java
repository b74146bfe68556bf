package io.tongxin.member.internal;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.tongxin.member.AccountData;
import io.tongxin.member.ChangeSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Writes new members of an import in batches: one JDBC batch per table for hundreds of records,
 * instead of a dozen statements per record. Used inside the import's single transaction, after
 * every record was checked; the unique indexes remain the last guard.
 */
final class MemberBulkWriter {

    private record Pending(MemberStore.NewMember member, AccountData account) {
    }

    private static final String INSERT_MEMBER = """
            insert into member (id, name, name_pinyin, name_initials, gender, ethnicity_code, birth_date,
                id_number_cipher, id_number_hmac, id_number_masked, phone_cipher, phone_hmac, phone_last4,
                phone_masked, native_place, education_code, political_affiliation_code, employer, position,
                address, category_codes, region_code, tier, importance, tags, notes, created_by, updated_by,
                max_followers)
            overriding system value
            values (:id, :name, :pinyin, :initials, :gender, :ethnicity, :birthDate, :idCipher, :idHmac, :idMasked,
                :phoneCipher, :phoneHmac, :phoneLast4, :phoneMasked, :nativePlace, :education, :political,
                :employer, :position, :address, cast(:categories as varchar[]), :region, :tier, :importance,
                cast(:tags as varchar[]), :notes, :actor, :actor, :maxFollowers)""";

    private final NamedParameterJdbcTemplate named;
    private final JdbcTemplate jdbc;
    private final String actor;
    private final List<Pending> pending = new ArrayList<>();

    MemberBulkWriter(JdbcTemplate jdbc, String actor) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
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

    /**
     * One creation row per new member, by COPY (faster than batched inserts). It runs on the
     * transaction's own connection, so it commits or rolls back with the rest.
     */
    private void copyHistory(List<Object[]> rows) {
        StringBuilder csv = new StringBuilder(rows.size() * 64);
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
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                    copy member_change (member_id, actor, source, field, old_value, new_value)
                    from stdin with (format csv)""", new StringReader(csv.toString()));
        }
        catch (SQLException | IOException e) {
            throw new IllegalStateException("Could not write the history of imported members", e);
        }
        finally {
            DataSourceUtils.releaseConnection(connection, jdbc.getDataSource());
        }
    }

    /**
     * The chunk's ids are taken from the sequence first, so the rows go in as a plain batch, which the
     * driver rewrites into multi-row INSERTs. Asking for generated keys instead makes it send one
     * INSERT per row, each firing the statement trigger of member_count: three times slower.
     */
    private long[] insertMembers() {
        SqlParameterSource[] rows = new SqlParameterSource[pending.size()];
        long[] ids = jdbc.queryForList("select nextval(pg_get_serial_sequence('member', 'id')) from generate_series(1, ?)",
                Long.class, rows.length).stream().mapToLong(Long::longValue).toArray();
        for (int i = 0; i < rows.length; i++) {
            Pending p = pending.get(i);
            Map<String, Object> values = MemberRepository.values(p.member().valid(), p.member().sensitive(), actor);
            values.put("id", ids[i]);
            values.put("maxFollowers", p.account() == null || p.account().followers() == null ? 0L
                    : p.account().followers());
            MapSqlParameterSource source = new MapSqlParameterSource(values);
            source.registerSqlType("birthDate", Types.DATE);
            rows[i] = source;
        }
        named.batchUpdate(INSERT_MEMBER, rows);
        return ids;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
