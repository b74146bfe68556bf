package io.tongxin.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The statements the application runs for a search or a summary, run directly in PostgreSQL with
 * EXPLAIN ANALYZE: their planning + execution time is the floor under the HTTP latency. The SQL
 * mirrors io.tongxin.member.internal.MemberSearch, io.tongxin.livestream.internal.FigureRepository
 * and AggregateSource (keep them in step when those change).
 */
final class BareSql {

    static final String MEMBER_COLUMNS = """
            m.id, m.name, m.gender, m.ethnicity_code, m.birth_date, m.id_number_cipher, m.id_number_masked,
            m.phone_cipher, m.phone_masked, m.native_place, m.education_code, m.political_affiliation_code,
            m.employer, m.position, m.address, m.category_codes, m.region_code, m.tier, m.importance, m.status,
            m.status_changed_on, m.status_reason, m.tags, m.notes, m.last_verified_on, m.max_followers,
            exists (select 1 from member_account a where a.member_id = m.id) as has_accounts,
            m.created_at, m.updated_at, m.version""";

    private static final Pattern PLANNING = Pattern.compile("Planning Time: ([\\d.]+) ms");
    private static final Pattern EXECUTION = Pattern.compile("Execution Time: ([\\d.]+) ms");
    /** The rows the plan's top node returned. */
    private static final Pattern TOP_ROWS = Pattern.compile("actual time=[\\d.]+\\.\\.[\\d.]+ rows=(\\d+)");

    private final Connection connection;

    BareSql(Connection connection) {
        this.connection = connection;
    }

    /** Marks a count that the application runs only when the page before it came back full. */
    private static final String IF_PAGE_FULL = "-- if the page is full\n";

    /**
     * The statements of a member search with this WHERE clause, as MemberSearch runs them: the page
     * query (ids first, then their rows; search text, and filters within one county, are collected,
     * sorted and counted in one go), then, only when the page came back full and not in one pass,
     * the count (the row of
     * {@code countRegion} in the per-region counts when the query asks for nothing but a region,
     * null otherwise).
     */
    static List<String> memberSearch(String condition, boolean onePass, String countRegion, int page, int size) {
        String order = " order by m.name_pinyin, m.id";
        String limit = " limit " + size + " offset " + (long) page * size;
        if (onePass) {
            return List.of("with hits as materialized (select m.id, m.name_pinyin from member m where " + condition
                    + "), page as (select m.id from hits m"
                    + order + limit + ") select " + MEMBER_COLUMNS + ", (select count(*) from hits) as hit_count"
                    + " from member m join page on page.id = m.id" + order);
        }
        String count = countRegion != null
                ? "select coalesce(sum(members), 0) from member_count where region_code = " + literal(countRegion)
                : "select count(*) from member m where " + condition;
        return List.of("with page as (select m.id from member m where " + condition + order + limit + ") select "
                + MEMBER_COLUMNS + " from member m join page on page.id = m.id" + order,
                IF_PAGE_FULL + size + "\n" + count);
    }

    static String scope(String root) {
        return "m.region_code BETWEEN " + literal(low(root)) + " AND " + literal(high(root));
    }

    static String namePrefix(String q) {
        String grams = "cast(" + literal(grams(q)) + " as text[])";
        String contains = literal("%" + q + "%");
        return "m.id = any(array(select n.id from member n where tongxin_ngrams(n.name) @> " + grams
                + " and n.name like " + contains
                + " union all select a.member_id from member_account a where tongxin_ngrams(a.display_name) @> " + grams
                + " and a.display_name like " + contains
                + " union all select a.member_id from member_account a where tongxin_ngrams(a.handle) @> " + grams
                + " and lower(a.handle) like lower(" + contains + ")))";
    }

    static String latin(String q) {
        return "(m.name_pinyin like " + literal(q + "%") + " or m.name_initials like " + literal(q + "%")
                + " or m.id = any(array(select a.member_id from member_account a where tongxin_ngrams(a.handle) @> cast("
                + literal(grams(q)) + " as text[]) and lower(a.handle) like " + literal("%" + q + "%") + ")))";
    }

    /** As io.tongxin.member.internal.SearchBox: the character itself, or every adjacent pair. */
    private static String grams(String q) {
        int[] chars = q.toLowerCase(java.util.Locale.ROOT).codePoints().toArray();
        if (chars.length == 1) {
            return "{\"" + q.toLowerCase(java.util.Locale.ROOT) + "\"}";
        }
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < chars.length; i++) {
            pairs.add("\"" + new String(chars, i, 2) + "\"");
        }
        return "{" + String.join(",", pairs) + "}";
    }

    static String lastFour(String q) {
        return "m.phone_last4 = " + literal(q);
    }

    static String categoryAndRegion(String category, String region) {
        return "m.category_codes @> cast(" + literal("{" + category + "}") + " as varchar[]) and m.region_code between "
                + literal(low(region)) + " and " + literal(high(region));
    }

    /** The four statements of GET /api/v1/livestream/summary (coverage by child region, then totals). */
    static List<String> summary(String region, int digits, String from, String to) {
        String low = literal(low(region));
        String high = literal(high(region));
        String asOf = "date " + literal(to);
        String since = "(date " + literal(to) + " - 29)";
        String k = "rpad(left(%s, " + digits + "), 12, '0')";
        return List.of(
                "select " + k.formatted("code") + " as k, count(*) from region where level = 5 and code between "
                        + low + " and " + high + " group by 1",
                "select " + k.formatted("v.village_code") + " as k, count(*), count(*) filter (where v.demonstration),"
                        + " count(*) filter (where served.village_code is null) from livestream_village v left join"
                        + " (select distinct village_code from livestream_assignment where ended_on is null and"
                        + " village_code between " + low + " and " + high + ") served on served.village_code ="
                        + " v.village_code where v.village_code between " + low + " and " + high
                        + " and v.enrolled_on <= " + asOf + " group by 1",
                "select " + k.formatted("a.village_code") + " as k, count(*) from (select l.village_code"
                        + " from livestream_village_last_day l where l.last_day between " + since + " and " + asOf
                        + " and l.village_code between " + low + " and " + high + " union all select l.village_code"
                        + " from livestream_village_last_day l where l.last_day > " + asOf + " and l.village_code"
                        + " between " + low + " and " + high + " and exists (select 1 from livestream_village_day d"
                        + " where d.village_code = l.village_code and d.day between " + since + " and " + asOf
                        + ")) a group by 1",
                "select coalesce(sum(sessions), 0), coalesce(sum(seconds), 0), coalesce(sum(viewers), 0),"
                        + " coalesce(sum(orders), 0), coalesce(sum(gmv), 0) from "
                        + sessionSource(low, high, LocalDate.parse(from), LocalDate.parse(to)) + " f ");
    }

    /**
     * AggregateSource's union for the session totals (FigureRepository.totals without a streamer,
     * Kind.SESSIONS_BY_TOWNSHIP): livestream_township_monthly for the whole months of [from, to],
     * livestream_daily for the partial months at the edges (only daily within a month). For a
     * village the application reads the village-grain livestream_monthly instead.
     */
    static String sessionSource(String low, String high, LocalDate from, LocalDate to) {
        // A village's subtree is its own code alone.
        boolean village = low.equals(high);
        String columns = village ? "region_code, streamer_id, platform_code, sessions, seconds, viewers, orders, gmv"
                : "region_code, platform_code, sessions, seconds, viewers, orders, gmv";
        String monthly = village ? "livestream_monthly" : "livestream_township_monthly";
        String where = " where region_code between " + low + " and " + high + " and ";
        String daily = "select cast(date_trunc('month', cast(day as timestamp)) as date) as month, " + columns
                + " from livestream_daily" + where;
        LocalDate firstMonth = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate afterLastMonth = to.plusDays(1).withDayOfMonth(1);
        List<String> parts = new ArrayList<>();
        if (firstMonth.isBefore(afterLastMonth)) {
            parts.add("select month, " + columns + " from " + monthly + where + "month >= " + date(firstMonth)
                    + " and month < " + date(afterLastMonth));
            if (from.isBefore(firstMonth)) {
                parts.add(daily + "day >= " + date(from) + " and day < " + date(firstMonth));
            }
            if (!afterLastMonth.isAfter(to)) {
                parts.add(daily + "day >= " + date(afterLastMonth) + " and day <= " + date(to));
            }
        }
        else {
            parts.add(daily + "day between " + date(from) + " and " + date(to));
        }
        return "(" + String.join(" union all ", parts) + ")";
    }

    private static String date(LocalDate day) {
        return "date " + literal(day.toString());
    }

    /**
     * Planning + execution time of all statements together, in ms (EXPLAIN ANALYZE). A statement
     * marked "if the page is full" runs only when the one before it returned that many rows.
     */
    double millis(List<String> statements) throws SQLException {
        double total = 0;
        long previousRows = -1;
        for (String sql : statements) {
            if (sql.startsWith(IF_PAGE_FULL)) {
                String[] parts = sql.substring(IF_PAGE_FULL.length()).split("\n", 2);
                if (previousRows >= 0 && previousRows < Long.parseLong(parts[0])) {
                    continue;
                }
                sql = parts[1];
            }
            StringBuilder plan = new StringBuilder();
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("explain (analyze, buffers) " + sql)) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
            total += value(PLANNING, plan) + value(EXECUTION, plan);
            Matcher rows = TOP_ROWS.matcher(plan);
            previousRows = rows.find() ? Long.parseLong(rows.group(1)) : -1;
        }
        return total;
    }

    /** The plan of one statement, for the report. */
    String plan(String sql) throws SQLException {
        if (sql.startsWith(IF_PAGE_FULL)) {
            sql = sql.substring(IF_PAGE_FULL.length()).split("\n", 2)[1];
        }
        StringBuilder plan = new StringBuilder();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("explain (analyze) " + sql)) {
            while (rs.next()) {
                plan.append("    ").append(rs.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }

    /** Median over several runs of the same family of statements. */
    double medianMillis(List<List<String>> runs) throws SQLException {
        List<Double> times = new ArrayList<>();
        for (List<String> statements : runs) {
            times.add(millis(statements));
        }
        double[] sorted = times.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length / 2];
    }

    private static double value(Pattern pattern, CharSequence plan) {
        Matcher m = pattern.matcher(plan);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    private static String low(String region) {
        return io.tongxin.region.RegionCode.of(region).subtreeLowerBound();
    }

    private static String high(String region) {
        return io.tongxin.region.RegionCode.of(region).subtreeUpperBound();
    }
}
