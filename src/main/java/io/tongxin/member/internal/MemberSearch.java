package io.tongxin.member.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import io.tongxin.member.MemberQuery;
import io.tongxin.personaldata.SensitiveDataProtector;
import io.tongxin.region.RegionCode;
import io.tongxin.region.RegionLevel;
import io.tongxin.security.RegionScope;
import io.tongxin.shared.InvalidInputException;
import io.tongxin.shared.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Turns the search box ({@link SearchBox}) and the filters into one SQL query inside the caller's
 * scope, for a page of the list or for the export.
 */
@Component
class MemberSearch {

    /**
     * The list's orders, each with the columns it sorts by. A one-pass page collects only these:
     * with the name order that is (id, name_pinyin), which the region index holds, so a county's
     * matches are found without reading the table; asking for more columns had PostgreSQL combine
     * the category's GIN bitmap of 95,000 members instead (30 ms against 4).
     */
    private record Sort(String orderBy, String columns) {
    }

    private static final Map<String, Sort> SORTS = Map.of(
            "name", new Sort("m.name_pinyin, m.id", "m.id, m.name_pinyin"),
            "-updated", new Sort("m.updated_at desc, m.id desc", "m.id, m.updated_at"),
            "region", new Sort("m.region_code, m.name_pinyin, m.id", "m.id, m.region_code, m.name_pinyin"),
            "-followers", new Sort("m.max_followers desc, m.id", "m.id, m.max_followers"));

    /** Rows reachable by page number (as search engines do): further on, filter or export. */
    static final int MAX_WINDOW = PageResult.MAX_PAGED_ROWS;

    private final JdbcClient jdbc;
    private final SensitiveDataProtector protector;
    private final InfluenceGrades grades;

    MemberSearch(JdbcClient jdbc, SensitiveDataProtector protector, InfluenceGrades grades) {
        this.jdbc = jdbc;
        this.protector = protector;
        this.grades = grades;
    }

    PageResult<MemberRow> search(MemberQuery query, RegionScope scope) {
        long offset = (long) query.page() * query.size();
        if (offset + query.size() > MAX_WINDOW) {
            throw new InvalidInputException("error.member.page-too-deep", MAX_WINDOW, MAX_WINDOW / query.size());
        }
        Map<String, Object> params = new HashMap<>();
        String condition = condition(query, scope, params);
        Sort order = SORTS.getOrDefault(query.sort() == null ? "name" : query.sort(), SORTS.get("name"));
        params.put("limit", query.size());
        params.put("offset", offset);
        boolean onePass = present(query.q()) || !regionOnly(query) && withinOneCounty(query, scope);
        long[] hits = {-1};
        List<MemberRow> rows = jdbc.sql(pageSql(condition, order, onePass))
            .params(params)
            .query((rs, n) -> {
                if (onePass) {
                    hits[0] = rs.getLong("hit_count");
                }
                return MemberRepository.row(rs, n);
            })
            .list();
        long total = hits[0] >= 0 ? hits[0] : total(rows.size(), offset, query, scope, condition, params);
        return new PageResult<>(rows, query.page(), query.size(), total);
    }

    /**
     * The page's ids first, then only their rows. With the default order and no search text the ids
     * come from the order index alone (V61), so skipping rows for a later page reads no table rows.
     *
     * <p>In one pass ({@code onePass}) the matches are collected first, then sorted, and counted on
     * the way (as {@code hit_count}), which saves finding them a second time to count. Search text
     * needs it: its matches cluster in the name order (initials "lq" are all under "l..."), so
     * walking the name index from the top until 20 match can read half the table (1.5 s seen). A
     * filtered list within one county gains by it: the count has to read every match anyway, and a
     * county's matches are few enough to sort (category + county: the page walked the county's
     * 14,000 index entries and the count walked them again).
     */
    private static String pageSql(String condition, Sort order, boolean onePass) {
        String page = onePass
                ? "with hits as materialized (select " + order.columns() + " from member m where " + condition
                        + "), page as (select m.id from hits m order by " + order.orderBy() + " limit :limit offset :offset)"
                : "with page as (select m.id from member m where " + condition + " order by " + order.orderBy()
                        + " limit :limit offset :offset)";
        return page + " select " + MemberRepository.COLUMNS + (onePass ? ", (select count(*) from hits) as hit_count" : "")
                + " from member m join page on page.id = m.id order by " + order.orderBy();
    }

    /**
     * True when what the query may find lies within one county (the scope met with the region
     * filter): few enough matches to collect and sort in one pass. A city's or a province's
     * filtered list keeps the walk in index order and a separate count, which stops after one page
     * instead of sorting a whole category of the province.
     */
    private static boolean withinOneCounty(MemberQuery query, RegionScope scope) {
        return reach(query, scope).map(region -> region.level().depth() >= RegionLevel.COUNTY.depth()).orElse(true);
    }

    /** The one region whose subtree the query may find members in; empty when filter and scope are apart. */
    private static Optional<RegionCode> reach(MemberQuery query, RegionScope scope) {
        return scope.narrowedTo(present(query.regionCode()) ? RegionCode.of(query.regionCode()) : null);
    }

    /**
     * A page that is not full tells the total without counting (most searches find a handful); a
     * list asking for nothing but a region reads the region's own count (V63, V69) instead of
     * counting up to a province's members; anything else is counted.
     */
    private long total(int rowsOnPage, long offset, MemberQuery query, RegionScope scope, String condition,
            Map<String, Object> params) {
        if (rowsOnPage > 0 && rowsOnPage < query.size() || rowsOnPage == 0 && offset == 0) {
            return offset + rowsOnPage;
        }
        if (regionOnly(query)) {
            return reach(query, scope)
                .map(region -> jdbc.sql("select coalesce(sum(members), 0) from member_count where region_code = :region")
                    .param("region", region.value())
                    .query(Long.class)
                    .single())
                .orElse(0L);
        }
        return jdbc.sql("select count(*) from member m where " + condition).params(params).query(Long.class).single();
    }

    /** True when the query's condition is only the scope and a region, which member_count can answer. */
    private static boolean regionOnly(MemberQuery query) {
        return Stream.of(query.q(), query.category(), query.tag(), query.grade(), query.platform(), query.positionType())
            .noneMatch(MemberSearch::present)
                && query.tier() == null && query.importance() == null && query.status() == null && query.stale() == null;
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
        String searchBox = SearchBox.condition(query.q(), protector, params);
        if (searchBox != null) {
            where.add(searchBox);
        }
        filters(query, where, params);
        return String.join(" and ", where);
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

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
