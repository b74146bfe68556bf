package io.tongxin.member.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.tongxin.member.Importance;
import io.tongxin.member.MemberStatus;
import io.tongxin.member.OnlineAccount;
import io.tongxin.member.PositionData;
import io.tongxin.member.Tier;
import io.tongxin.personaldata.Gender;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for member rows, positions and accounts. Scope is applied by the callers. */
@Repository
class MemberRepository {

    static final String COLUMNS = """
            m.id, m.name, m.gender, m.ethnicity_code, m.birth_date, m.id_number_cipher, m.id_number_masked,
            m.phone_cipher, m.phone_masked, m.native_place, m.education_code, m.political_affiliation_code,
            m.employer, m.position, m.address, m.category_codes, m.region_code, m.tier, m.importance, m.status,
            m.status_changed_on, m.status_reason, m.tags, m.notes, m.last_verified_on, m.max_followers,
            exists (select 1 from member_account a where a.member_id = m.id) as has_accounts,
            m.created_at, m.updated_at, m.version""";

    private final JdbcClient jdbc;

    MemberRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(ValidMember m, SensitiveValues s, String actor) {
        return jdbc.sql("""
                insert into member (name, name_pinyin, name_initials, gender, ethnicity_code, birth_date,
                    id_number_cipher, id_number_hmac, id_number_masked, phone_cipher, phone_hmac, phone_last4,
                    phone_masked, native_place, education_code, political_affiliation_code, employer, position,
                    address, category_codes, region_code, tier, importance, tags, notes, created_by, updated_by)
                values (:name, :pinyin, :initials, :gender, :ethnicity, :birthDate, :idCipher, :idHmac, :idMasked,
                    :phoneCipher, :phoneHmac, :phoneLast4, :phoneMasked, :nativePlace, :education, :political,
                    :employer, :position, :address, cast(:categories as varchar[]), :region, :tier, :importance,
                    cast(:tags as varchar[]), :notes, :actor, :actor)
                returning id""")
            .params(values(m, s, actor))
            .query(Long.class)
            .single();
    }

    /** Optimistic update; false when the version moved on. */
    boolean update(long id, int version, ValidMember m, SensitiveValues s, String actor) {
        Map<String, Object> params = values(m, s, actor);
        params.put("id", id);
        params.put("version", version);
        return jdbc.sql("""
                update member set name = :name, name_pinyin = :pinyin, name_initials = :initials, gender = :gender,
                    ethnicity_code = :ethnicity, birth_date = :birthDate, id_number_cipher = :idCipher,
                    id_number_hmac = :idHmac, id_number_masked = :idMasked, phone_cipher = :phoneCipher,
                    phone_hmac = :phoneHmac, phone_last4 = :phoneLast4, phone_masked = :phoneMasked,
                    native_place = :nativePlace, education_code = :education,
                    political_affiliation_code = :political, employer = :employer, position = :position,
                    address = :address, category_codes = cast(:categories as varchar[]), region_code = :region,
                    tier = :tier, importance = :importance, tags = cast(:tags as varchar[]), notes = :notes,
                    updated_by = :actor, updated_at = now(), version = version + 1
                 where id = :id and version = :version""")
            .params(params)
            .update() == 1;
    }

    static Map<String, Object> values(ValidMember m, SensitiveValues s, String actor) {
        NameKeys keys = NameKeys.of(m.name());
        Map<String, Object> p = new java.util.HashMap<>();
        p.put("name", m.name());
        p.put("pinyin", keys.pinyin());
        p.put("initials", keys.initials());
        p.put("gender", m.gender() == null ? null : m.gender().name());
        p.put("ethnicity", m.ethnicity());
        p.put("birthDate", m.birthDate());
        p.put("idCipher", s.idCipher());
        p.put("idHmac", s.idHmac());
        p.put("idMasked", s.idMasked());
        p.put("phoneCipher", s.phoneCipher());
        p.put("phoneHmac", s.phoneHmac());
        p.put("phoneLast4", s.phoneLast4());
        p.put("phoneMasked", s.phoneMasked());
        p.put("nativePlace", m.nativePlace());
        p.put("education", m.education());
        p.put("political", m.politicalAffiliation());
        p.put("employer", m.employer());
        p.put("position", m.position());
        p.put("address", m.address());
        p.put("categories", arrayLiteral(m.categoryCodes()));
        p.put("region", m.regionCode());
        p.put("tier", m.tier().name());
        p.put("importance", m.importance().name());
        p.put("tags", arrayLiteral(m.tags()));
        p.put("notes", m.notes());
        p.put("actor", actor);
        return p;
    }

    /** A PostgreSQL array literal, quoting every element (tags are free text). */
    static String arrayLiteral(List<String> values) {
        return values.stream()
            .map(v -> "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
            .collect(java.util.stream.Collectors.joining(",", "{", "}"));
    }

    Optional<MemberRow> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from member m where m.id = :id")
            .param("id", id)
            .query(MemberRepository::row)
            .optional();
    }

    /** The member already holding this ID number (by keyed hash): its id and region. */
    /** True when the member's stored phone has this keyed hash. */
    boolean phoneHmacIs(long memberId, String phoneHmac) {
        return jdbc.sql("select count(*) from member where id = :id and phone_hmac = :hmac")
            .param("id", memberId).param("hmac", phoneHmac)
            .query(Long.class).single() > 0;
    }

    Optional<Map.Entry<Long, String>> holderOfIdNumber(String idHmac) {
        return jdbc.sql("select id, region_code from member where id_number_hmac = :hmac")
            .param("hmac", idHmac)
            .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
            .optional();
    }

    void replacePositions(long memberId, List<PositionData> positions) {
        jdbc.sql("delete from member_position where member_id = :id").param("id", memberId).update();
        for (PositionData p : positions) {
            jdbc.sql("""
                    insert into member_position (member_id, type_code, level_code, body, term_start, term_end)
                    values (:id, :type, :level, :body, :start, :end)""")
                .param("id", memberId).param("type", p.typeCode()).param("level", p.levelCode())
                .param("body", p.body().strip()).param("start", p.termStart()).param("end", p.termEnd())
                .update();
        }
    }

    List<PositionData> positions(long memberId) {
        return jdbc.sql("""
                select type_code, level_code, body, term_start, term_end from member_position
                 where member_id = :id order by term_start desc nulls last, id""")
            .param("id", memberId)
            .query((rs, n) -> new PositionData(rs.getString(1), rs.getString(2), rs.getString(3),
                    rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)))
            .list();
    }

    List<OnlineAccount> accounts(long memberId) {
        return jdbc.sql("""
                select id, platform_code, handle, display_name, url, followers, content_domain_code, verified
                  from member_account where member_id = :id order by followers desc, id""")
            .param("id", memberId)
            .query((rs, n) -> new OnlineAccount(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getString(5), rs.getLong(6), rs.getString(7), rs.getBoolean(8)))
            .list();
    }

    /** The holders of many ID numbers at once, by HMAC: member id and region. */
    Map<String, Map.Entry<Long, String>> holdersOfIdNumbers(Collection<String> idHmacs) {
        Map<String, Map.Entry<Long, String>> holders = new HashMap<>();
        if (idHmacs.isEmpty()) {
            return holders;
        }
        // The cast lets PostgreSQL use the unique index (a text[] parameter would force a scan).
        jdbc.sql("select id_number_hmac, id, region_code from member where id_number_hmac = any(cast(:hmacs as varchar[]))")
            .param("hmacs", idHmacs.toArray(String[]::new))
            .query(rs -> {
                holders.put(rs.getString(1), Map.entry(rs.getLong(2), rs.getString(3)));
            });
        return holders;
    }

    /** Which of these handles (lower case) are taken on these platforms: "platform|handle". */
    Set<String> takenHandles(Collection<String> platforms, Collection<String> lowerHandles) {
        Set<String> taken = new HashSet<>();
        if (lowerHandles.isEmpty() || platforms.isEmpty()) {
            return taken;
        }
        // Both conditions, so that the unique index (platform_code, lower(handle)) answers it.
        jdbc.sql("""
                select platform_code, lower(handle) from member_account
                 where platform_code = any(cast(:platforms as varchar[])) and lower(handle) = any(:handles)""")
            .param("platforms", platforms.toArray(String[]::new))
            .param("handles", lowerHandles.toArray(String[]::new))
            .query(rs -> {
                taken.add(rs.getString(1) + "|" + rs.getString(2));
            });
        return taken;
    }

    /** The holder of a platform account: {member id, account id} and the member's region. */
    Optional<Map.Entry<long[], String>> accountHolder(String platformCode, String handle) {
        return jdbc.sql("""
                select a.member_id, a.id, m.region_code from member_account a join member m on m.id = a.member_id
                 where a.platform_code = :platform and lower(a.handle) = lower(:handle)""")
            .param("platform", platformCode).param("handle", handle.strip())
            .query((rs, n) -> Map.entry(new long[] {rs.getLong(1), rs.getLong(2)}, rs.getString(3)))
            .optional();
    }

    void touchVerified(long id, String actor) {
        jdbc.sql("""
                update member set last_verified_on = current_date, updated_by = :actor, updated_at = now(),
                       version = version + 1 where id = :id""")
            .param("id", id).param("actor", actor).update();
    }

    boolean changeStatus(long id, int version, MemberStatus status, LocalDate on, String reason, String actor) {
        return jdbc.sql("""
                update member set status = :status, status_changed_on = :on, status_reason = :reason,
                       updated_by = :actor, updated_at = now(), version = version + 1
                 where id = :id and version = :version""")
            .param("status", status.name()).param("on", on).param("reason", reason).param("actor", actor)
            .param("id", id).param("version", version)
            .update() == 1;
    }

    static MemberRow row(ResultSet rs, int rowNum) throws SQLException {
        String gender = rs.getString("gender");
        return new MemberRow(rs.getLong("id"), rs.getString("name"), gender == null ? null : Gender.valueOf(gender),
                rs.getString("ethnicity_code"), rs.getObject("birth_date", LocalDate.class),
                rs.getString("id_number_cipher"), rs.getString("id_number_masked"), rs.getString("phone_cipher"),
                rs.getString("phone_masked"), rs.getString("native_place"), rs.getString("education_code"),
                rs.getString("political_affiliation_code"), rs.getString("employer"), rs.getString("position"),
                rs.getString("address"), strings(rs.getArray("category_codes")), rs.getString("region_code"),
                Tier.valueOf(rs.getString("tier")), Importance.valueOf(rs.getString("importance")),
                MemberStatus.valueOf(rs.getString("status")), rs.getObject("status_changed_on", LocalDate.class),
                rs.getString("status_reason"), strings(rs.getArray("tags")), rs.getString("notes"),
                rs.getObject("last_verified_on", LocalDate.class), rs.getLong("max_followers"),
                rs.getBoolean("has_accounts"), instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("updated_at")), rs.getInt("version"));
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
