package io.tongxin.member.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import io.tongxin.member.MemberQuery;
import io.tongxin.personaldata.IdNumber;
import io.tongxin.personaldata.PhoneNumber;
import io.tongxin.personaldata.SensitiveDataProtector;
import io.tongxin.region.RegionCode;
import io.tongxin.security.RegionScope;
import io.tongxin.shared.InvalidInputException;
import io.tongxin.shared.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Turns the search box and filters into one SQL query inside the caller's scope. The search box
 * decides what the text is: an ID number or a phone is looked up by its keyed hash (the clear
 * value is never in the database), four digits by the phone's last four, Latin letters by pinyin,
 * initials or platform handle, anything else by name or account display name.
 */
@Component
class MemberSearch {

    private static final Pattern ID_NUMBER = Pattern.compile("\\d{17}[\\dXx]");
    private static final Pattern LAST_FOUR = Pattern.compile("\\d{4}");
    private static final Pattern PHONE = Pattern.compile("\\+?[\\d\\s-]{7,20}");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]+");
    private static final Map<String, String> SORTS = Map.of(
            "name", "m.name_pinyin, m.id",
            "-updated", "m.updated_at desc, m.id desc",
            "region", "m.region_code, m.name_pinyin, m.id",
            "-followers", "m.max_followers desc, m.id");

    private final JdbcClient jdbc;
    private final SensitiveDataProtector protector;
    private final InfluenceGrades grades;

    MemberSearch(JdbcClient jdbc, SensitiveDataProtector protector, InfluenceGrades grades) {
        this.jdbc = jdbc;
        this.protector = protector;
        this.grades = grades;
    }

    PageResult<MemberRow> search(MemberQuery query, RegionScope scope) {
        Map<String, Object> params = new HashMap<>();
        String condition = condition(query, scope, params);
        String order = SORTS.getOrDefault(query.sort() == null ? "name" : query.sort(), SORTS.get("name"));
        params.put("limit", query.size());
        params.put("offset", (long) query.page() * query.size());
        List<MemberRow> rows = jdbc.sql("select " + MemberRepository.COLUMNS + " from member m where " + condition
                + " order by " + order + " limit :limit offset :offset")
            .params(params)
            .query(MemberRepository::row)
            .list();
        long total = jdbc.sql("select count(*) from member m where " + condition).params(params)
            .query(Long.class).single();
        return new PageResult<>(rows, query.page(), query.size(), total);
    }

    /**
     * Every member the query finds, in id order, with their largest account, handed to {@code rows}
     * one at a time: the driver fetches in batches, so memory stays flat for any number of rows.
     * Needs a transaction (PostgreSQL streams only with auto-commit off).
     */
    void stream(MemberQuery query, RegionScope scope, Consumer<ExportRow> rows) {
        Map<String, Object> params = new HashMap<>();
        String condition = condition(query, scope, params);
        jdbc.sql("select " + MemberRepository.COLUMNS + """
                , top.platform_code as top_platform, top.handle as top_handle, top.display_name as top_display,
                  top.followers as top_followers
                  from member m
                  left join lateral (select a.platform_code, a.handle, a.display_name, a.followers
                                       from member_account a where a.member_id = m.id
                                      order by a.followers desc, a.id limit 1) top on true
                """ + " where " + condition + " order by m.id")
            .params(params)
            .withFetchSize(1000)
            .query(rs -> {
                rows.accept(new ExportRow(MemberRepository.row(rs, 0), rs.getString("top_platform"),
                        rs.getString("top_handle"), rs.getString("top_display"),
                        rs.getObject("top_followers", Long.class)));
            });
    }

    private String condition(MemberQuery query, RegionScope scope, Map<String, Object> params) {
        RegionScope.SqlCondition scoped = scope.sql("m.region_code");
        params.putAll(scoped.parameters());
        List<String> where = new ArrayList<>(List.of(scoped.clause()));
        searchBox(query.q(), where, params);
        filters(query, where, params);
        return String.join(" and ", where);
    }

    private void searchBox(String raw, List<String> where, Map<String, Object> params) {
        String q = raw == null ? "" : raw.strip();
        if (q.isEmpty()) {
            return;
        }
        if (ID_NUMBER.matcher(q).matches()) {
            params.put("idHmac", protector.hmac(normalizedIdNumber(q)));
            where.add("m.id_number_hmac = :idHmac");
        }
        else if (LAST_FOUR.matcher(q).matches()) {
            params.put("last4", q);
            where.add("m.phone_last4 = :last4");
        }
        else if (PHONE.matcher(q).matches()) {
            params.put("phoneHmac", phoneHmac(q));
            where.add("m.phone_hmac = :phoneHmac");
        }
        else if (LATIN.matcher(q).matches()) {
            params.put("latin", like(q.toLowerCase()) + "%");
            params.put("handle", "%" + like(q.toLowerCase()) + "%");
            // Each alternative on its own index, then a semi-join: an OR across a correlated
            // EXISTS cannot use an index and read all 1M rows (920 ms -> see docs/benchmarks.md).
            where.add("""
                    m.id in (select id from member where name_pinyin like :latin
                             union all select id from member where name_initials like :latin
                             union all select member_id from member_account where lower(handle) like :handle)""");
        }
        else {
            params.put("contains", "%" + like(q) + "%");
            // As above: one indexed lookup per alternative (a name prefix is also a "contains").
            where.add("""
                    m.id in (select id from member where name like :contains
                             union all select member_id from member_account
                                        where display_name like :contains or lower(handle) like lower(:contains))""");
        }
    }

    private void filters(MemberQuery query, List<String> where, Map<String, Object> params) {
        if (present(query.category())) {
            params.put("category", MemberRepository.arrayLiteral(List.of(query.category())));
            where.add("m.category_codes @> cast(:category as varchar[])");
        }
        if (present(query.regionCode())) {
            RegionCode region = RegionCode.of(query.regionCode());
            params.put("regionLow", region.subtreeLowerBound());
            params.put("regionHigh", region.subtreeUpperBound());
            where.add("m.region_code between :regionLow and :regionHigh");
        }
        if (query.tier() != null) {
            params.put("tier", query.tier().name());
            where.add("m.tier = :tier");
        }
        if (query.importance() != null) {
            params.put("importance", query.importance().name());
            where.add("m.importance = :importance");
        }
        if (query.status() != null) {
            params.put("status", query.status().name());
            where.add("m.status = :status");
        }
        if (present(query.tag())) {
            params.put("tag", MemberRepository.arrayLiteral(List.of(query.tag().strip())));
            where.add("m.tags @> cast(:tag as varchar[])");
        }
        if (present(query.grade())) {
            where.add(grades.condition(query.grade().strip().toUpperCase()));
            where.add("exists (select 1 from member_account a where a.member_id = m.id)");
        }
        if (present(query.platform())) {
            params.put("platform", query.platform());
            where.add("exists (select 1 from member_account a where a.member_id = m.id "
                    + "and a.platform_code = :platform)");
        }
        if (present(query.positionType())) {
            params.put("positionType", query.positionType());
            where.add("exists (select 1 from member_position p where p.member_id = m.id "
                    + "and p.type_code = :positionType)");
        }
        if (query.stale() != null) {
            where.add(query.stale() ? "m.last_verified_on < current_date - interval '12 months'"
                    : "m.last_verified_on >= current_date - interval '12 months'");
        }
    }

    private String phoneHmac(String q) {
        try {
            return protector.hmac(PhoneNumber.parse(q).e164());
        }
        catch (InvalidInputException notAPhone) {
            return "-";
        }
    }

    private static String normalizedIdNumber(String q) {
        try {
            return IdNumber.parse(q).value();
        }
        catch (InvalidInputException invalid) {
            return q.toUpperCase();
        }
    }

    private static String like(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
