package io.tongxin.livestream.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.tongxin.personaldata.Masking;
import io.tongxin.personaldata.SensitiveDataProtector;
import io.tongxin.region.Region;
import io.tongxin.region.RegionCode;
import io.tongxin.region.RegionDirectory;
import io.tongxin.shared.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Enrolled villages. Names and paths come from the region directory (in memory).
 * <p>
 * The contact phone is stored encrypted ({@code contact_phone_cipher}) with its mask for lists
 * ({@code contact_phone_masked}); only {@link #contactPhoneCipher} reads the cipher text, for an
 * audited reveal. The legacy plain column {@code contact_phone} is neither read nor written here
 * (see {@link VillagePhoneConversion}).
 */
@Repository
public class VillageStore {

    private static final String SELECT = """
            select v.village_code, v.enrolled_on, v.demonstration, v.contact_name, v.contact_phone_masked, v.notes,
                   v.version,
                   (select count(*) from livestream_assignment a
                     where a.village_code = v.village_code and a.ended_on is null) as streamers,
                   (select max(d.day) from livestream_village_day d where d.village_code = v.village_code) as last_day
              from livestream_village v""";

    private final JdbcClient jdbc;
    private final RegionDirectory regions;
    private final SensitiveDataProtector protector;

    VillageStore(JdbcClient jdbc, RegionDirectory regions, SensitiveDataProtector protector) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.protector = protector;
    }

    /** False when the village was enrolled already. */
    boolean insert(VillageRequest r, String actor) {
        return jdbc.sql("""
                insert into livestream_village (village_code, enrolled_on, demonstration, contact_name,
                    contact_phone_cipher, contact_phone_masked, notes, created_by, updated_by)
                values (:code, :on, :demo, :contact, :phoneCipher, :phoneMasked, :notes, :actor, :actor)
                on conflict (village_code) do nothing""")
            .params(values(r, actor)).update() == 1;
    }

    /** Replaces the enrolment; the stored phone stays when {@link VillageRequest#keepsContactPhone()}. */
    boolean update(VillageRequest r, int version, String actor) {
        Map<String, Object> params = values(r, actor);
        params.put("version", version);
        params.put("keepPhone", r.keepsContactPhone());
        return jdbc.sql("""
                update livestream_village set enrolled_on = :on, demonstration = :demo, contact_name = :contact,
                    contact_phone_cipher = case when :keepPhone then contact_phone_cipher else :phoneCipher end,
                    contact_phone_masked = case when :keepPhone then contact_phone_masked else :phoneMasked end,
                    notes = :notes, updated_by = :actor, updated_at = now(), version = version + 1
                 where village_code = :code and version = :version""")
            .params(params).update() == 1;
    }

    /**
     * The encrypted contact phone of an enrolled village: empty when the village is not enrolled,
     * an empty inner value when it has no phone. For an audited reveal only.
     */
    Optional<Optional<String>> contactPhoneCipher(String code) {
        return jdbc.sql("select contact_phone_cipher from livestream_village where village_code = :code")
            .param("code", code).query((rs, n) -> Optional.ofNullable(rs.getString(1))).optional();
    }

    Optional<EnrolledVillage> find(String code) {
        return jdbc.sql(SELECT + " where v.village_code = :code").param("code", code).query(this::map).optional();
    }

    /** Enrolled villages of a subtree, by code; {@code withoutStreamer} keeps those nobody serves. */
    PageResult<EnrolledVillage> list(RegionCode region, boolean withoutStreamer, int page, int size) {
        Map<String, Object> params = new HashMap<>(Sql.subtree(region));
        String where = " where v.village_code between :low and :high" + (withoutStreamer
                ? " and not exists (select 1 from livestream_assignment a where a.village_code = v.village_code"
                  + " and a.ended_on is null and a.village_code between :low and :high)" : "");
        long total = jdbc.sql("select count(*) from livestream_village v" + where).params(params)
            .query(Long.class).single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<EnrolledVillage> rows = jdbc.sql(SELECT + where + " order by v.village_code limit :limit offset :offset")
            .params(params).query(this::map).list();
        return new PageResult<>(rows, page, size, total);
    }

    /** Every enrolled village of a subtree (for the choices of a form), by code. */
    List<EnrolledVillage> all(RegionCode region) {
        return jdbc.sql(SELECT + " where v.village_code between :low and :high order by v.village_code")
            .params(Sql.subtree(region)).query(this::map).list();
    }

    /** Which of these codes are enrolled villages. */
    public Set<String> enrolledAmong(List<String> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select village_code from livestream_village where village_code in (:codes)")
            .param("codes", codes).query(String.class).list());
    }

    private Map<String, Object> values(VillageRequest r, String actor) {
        Map<String, Object> p = new HashMap<>();
        p.put("code", r.villageCode());
        p.put("on", r.enrolledOn());
        p.put("demo", r.isDemonstration());
        p.put("contact", r.contactName());
        p.put("phoneCipher", protector.encrypt(r.contactPhone()));
        p.put("phoneMasked", Masking.maskPhone(r.contactPhone()));
        p.put("notes", r.notes());
        p.put("actor", actor);
        return p;
    }

    private EnrolledVillage map(ResultSet rs, int row) throws SQLException {
        String code = rs.getString("village_code");
        Region region = regions.find(RegionCode.of(code)).orElse(null);
        return new EnrolledVillage(code, region == null ? code : region.name(),
                region == null ? code : region.pathName(), rs.getObject("enrolled_on", LocalDate.class),
                rs.getBoolean("demonstration"), rs.getString("contact_name"), rs.getString("contact_phone_masked"),
                rs.getString("notes"), rs.getInt("streamers"), rs.getObject("last_day", LocalDate.class),
                rs.getInt("version"));
    }
}
