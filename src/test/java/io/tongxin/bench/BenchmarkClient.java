package io.tongxin.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * The benchmark client (docs/benchmarks.md), a process of its own against a running server:
 * member search and 村村播 summary under concurrent clients, each with the same SQL run bare in
 * PostgreSQL (EXPLAIN ANALYZE) for the ratio HTTP p50 / query; then a member import and an
 * export; the server's memory at idle and under load.
 * <pre>
 * ./mvnw -q -Pbench test-compile exec:java -Dbench.main=io.tongxin.bench.BenchmarkClient \
 *     -Dexec.args="--base-url http://localhost:18080 --jdbc-url jdbc:postgresql://localhost:55432/postgres --pid 1234"
 * </pre>
 */
public final class BenchmarkClient {

    /** What one run measured: every scenario, the bare-SQL medians, import and export. */
    public record Report(List<Latencies> scenarios, Map<String, Double> bareMillis, ImportExport.Figures transfer) {
    }

    private final Map<String, String> options;
    private final Http http;
    private final ProcessMemory memory;
    private final List<Latencies> scenarios = new ArrayList<>();
    private final Map<String, Double> bare = new java.util.LinkedHashMap<>();

    public BenchmarkClient(Map<String, String> options) {
        this.options = options;
        this.http = new Http(option("base-url", "http://localhost:18080"), option("user", BenchUser.USERNAME),
                option("password", Args.BENCH_PASSWORD));
        this.memory = new ProcessMemory(Long.parseLong(option("pid", "0")));
    }

    public static void main(String[] args) throws Exception {
        new BenchmarkClient(Args.parse(args)).run();
    }

    public Report run() throws Exception {
        int concurrency = Integer.parseInt(option("concurrency", "16"));
        int requests = Integer.parseInt(option("requests", "400"));
        int bareRuns = Integer.parseInt(option("bare-runs", "15"));
        String root = option("root", BenchScale.GANSU);
        String auth = option("auth", "basic");
        if (auth.equals("session")) {
            http.useSession();
        }
        System.out.println("GET requests authenticate with " + (auth.equals("session")
                ? "a form-login session cookie" : "HTTP Basic (the server remembers a verified password for 5 minutes)"));
        if (memory.known()) {
            System.out.println("server at idle: " + memory.now());
        }
        try (Connection db = DriverManager.getConnection(option("jdbc-url", "jdbc:postgresql://localhost:55432/postgres"),
                option("db-user", "postgres"), option("db-password", ""))) {
            BareSql sql = new BareSql(db);
            List<String[]> samples = samples(db, root);
            long inScope = count(db, "select count(*) from member m where " + BareSql.scope(root));
            // The deepest page a list offers by number (PageResult.MAX_PAGED_ROWS), or the middle of a small scope.
            int deepPage = (int) Math.max(0, Math.min(io.tongxin.shared.PageResult.MAX_PAGED_ROWS / 20 - 1,
                    inScope / 20 / 2));
            System.out.printf("members in scope %,d; %d samples; deep page %d (offset %,d)%n", inScope, samples.size(),
                    deepPage, deepPage * 20L);
            LoadRunner load = new LoadRunner(http, concurrency);
            if (memory.known()) {
                memory.startSampling();
            }
            String scope = BareSql.scope(root);
            if (!options.containsKey("skip-search")) {
                searchesAndSummaries(load, sql, samples, scope, deepPage, requests, bareRuns);
            }
            if (memory.known()) {
                System.out.println("server under search/summary load: " + memory.stopSampling());
            }
            ImportExport.Figures transfer = new ImportExport(http, db, memory, options).run(root);
            if (memory.known()) {
                System.out.println("server after the run: " + memory.now());
            }
            return new Report(List.copyOf(scenarios), Map.copyOf(bare), transfer);
        }
    }

    private void searchesAndSummaries(LoadRunner load, BareSql sql, List<String[]> samples, String scope,
            int deepPage, int requests, int bareRuns) throws Exception {
        floor(load, requests);
        search(load, sql, "search: name prefix", requests, bareRuns, samples,
                s -> "q=" + enc(s[0].substring(0, Math.min(2, s[0].length()))),
                s -> BareSql.namePrefix(s[0].substring(0, Math.min(2, s[0].length()))), scope, 0);
        search(load, sql, "search: pinyin initials", requests, bareRuns, samples, s -> "q=" + enc(s[1]),
                s -> BareSql.latin(s[1]), scope, 0);
        search(load, sql, "search: phone last four", requests, bareRuns, samples, s -> "q=" + enc(s[2]),
                s -> BareSql.lastFour(s[2]), scope, 0);
        search(load, sql, "search: category + county", requests, bareRuns, samples,
                s -> "category=" + s[3] + "&regionCode=" + county(s[4]),
                s -> BareSql.categoryAndRegion(s[3], county(s[4])), scope, 0);
        search(load, sql, "search: deep page " + deepPage, requests, bareRuns, samples, s -> "",
                s -> "true", scope, deepPage);
        summaries(load, sql, Integer.parseInt(option("summary-requests", String.valueOf(requests / 2))), bareRuns);
    }

    /**
     * The floor of this machine and client: an authenticated API call that runs no SQL (the region
     * tree is held in memory). A search's latency above this is the search's own; at this floor
     * the two cores are already shared by the client, the server and PostgreSQL.
     */
    private void floor(LoadRunner load, int requests) throws Exception {
        String name = "floor: one region, no SQL";
        if (skipped(name)) {
            return;
        }
        Latencies latencies = load.run(name, 10, requests, i -> "/api/v1/regions/" + option("root", BenchScale.GANSU));
        scenarios.add(latencies);
        System.out.println(latencies.line());
    }

    private void search(LoadRunner load, BareSql sql, String name, int requests, int bareRuns, List<String[]> samples,
            Function<String[], String> query, Function<String[], String> condition, String scope, int page)
            throws Exception {
        if (skipped(name)) {
            return;
        }
        IntFunction<String> path = i -> "/api/v1/members?size=20&page=" + page + "&"
                + query.apply(samples.get(i % samples.size()));
        report(name, load.run(name, 10, requests, path), sql, samples.stream().limit(bareRuns)
            .map(s -> BareSql.memberSearch(scope + " and " + condition.apply(s),
                    query.apply(s).startsWith("q=") || query.apply(s).contains("regionCode="),
                    query.apply(s).isEmpty() ? option("root", BenchScale.GANSU) : null, page, 20)).toList());
    }

    private void summaries(LoadRunner load, BareSql sql, int requests, int bareRuns) throws Exception {
        String from = option("from", "2025-01-01");
        String to = option("to", "2025-12-31");
        String[][] regions = {{"city", option("city", "621000000000"), "4"},
            {"county", option("county", "621022000000"), "6"}, {"township", option("township", "621022104000"), "9"}};
        for (String[] r : regions) {
            String name = "summary: " + r[0] + " " + r[1];
            if (skipped(name)) {
                continue;
            }
            Latencies l = load.run(name, 10, requests,
                    i -> "/api/v1/livestream/summary?regionCode=" + r[1] + "&from=" + from + "&to=" + to);
            List<String> statements = BareSql.summary(r[1], Integer.parseInt(r[2]), from, to);
            report(name, l, sql, java.util.Collections.nCopies(Math.max(1, bareRuns / 3), statements));
        }
    }

    private void report(String name, Latencies latencies, BareSql sql, List<List<String>> statements)
            throws SQLException {
        scenarios.add(latencies);
        double bareMillis = sql.medianMillis(statements);
        bare.put(name, bareMillis);
        System.out.println(latencies.line() + String.format("  | bare SQL %7.2f ms, HTTP p50 / SQL = %5.1f",
                bareMillis, latencies.percentileMillis(50) / bareMillis));
        if (options.containsKey("plans")) {
            System.out.println(sql.plan(statements.get(0).get(0)));
        }
    }

    /** Real members to search for: name, initials, last four, first category, region (not at city level). */
    private static List<String[]> samples(Connection db, String root) throws SQLException {
        List<String[]> samples = new ArrayList<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(
                "select name, name_initials, phone_last4, category_codes[1], region_code from member m where "
                        + BareSql.scope(root) + " and phone_last4 is not null and cardinality(category_codes) > 0"
                        + " and tier <> 'CITY' and name_initials <> '' order by random() limit 200")) {
            while (rs.next()) {
                samples.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getString(5)});
            }
        }
        if (samples.isEmpty()) {
            throw new IllegalStateException("No members to sample under " + root + ": run the DataGenerator first");
        }
        return samples;
    }

    static long count(Connection db, String sql) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String county(String region) {
        return region.substring(0, 6) + "000000";
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** {@code --only phone,summary} runs just the scenarios whose names contain one of the words. */
    private boolean skipped(String scenario) {
        String only = options.get("only");
        return only != null && java.util.Arrays.stream(only.split(",")).noneMatch(scenario::contains);
    }

    private String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }
}
