package io.tongxin.bench;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.tongxin.personaldata.IdNumber;
import net.datafaker.Faker;

/**
 * A member import of a generated CSV (upload, wait for validation, commit VALID_ONLY, wait) and
 * an export of about as many rows (the city whose member count is nearest), timed end to end.
 */
final class ImportExport {

    /** Seconds are wall-clock; -1 where a step was skipped. */
    record Figures(int rows, double validateSeconds, double commitSeconds, int valid, int created, String importStatus,
            long exportRows, double exportSeconds, long exportBytes) {
    }

    private static final Pattern STATUS = Pattern.compile("\"status\":\"(\\w+)\"");
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    private final Http http;
    private final Connection db;
    private final ProcessMemory memory;
    private final Map<String, String> options;

    ImportExport(Http http, Connection db, ProcessMemory memory, Map<String, String> options) {
        this.http = http;
        this.db = db;
        this.memory = memory;
        this.options = options;
    }

    Figures run(String root) throws Exception {
        int rows = Integer.parseInt(options.getOrDefault("import-rows", "100000"));
        boolean sample = memory.known();
        if (sample) {
            memory.startSampling();
        }
        double validate = -1;
        double commit = -1;
        int valid = 0;
        int created = 0;
        String status = "SKIPPED";
        if (rows > 0) {
            byte[] csv = csv(rows, Long.parseLong(options.getOrDefault("seed", "7")));
            long t0 = System.nanoTime();
            HttpResponse<String> upload = http.postFile("/api/v1/member-imports", "bench.csv", csv);
            if (upload.statusCode() != 202) {
                throw new IllegalStateException("Upload answered " + upload.statusCode() + ": " + upload.body());
            }
            String id = first(ID, upload.body());
            String report = await(id, "VALIDATING");
            validate = (System.nanoTime() - t0) / 1e9;
            valid = number("valid", report);
            status = first(STATUS, report);
            System.out.printf("import: %,d rows validated in %.1f s (%s, valid %,d, invalid %,d)%n", rows, validate,
                    status, valid, number("invalid", report));
            if ("VALIDATED".equals(status)) {
                java.sql.Timestamp committedFrom = databaseNow();
                long t1 = System.nanoTime();
                HttpResponse<String> r = http.postJson("/api/v1/member-imports/" + id + "/commit",
                        "{\"mode\":\"VALID_ONLY\"}");
                if (r.statusCode() != 202) {
                    throw new IllegalStateException("Commit answered " + r.statusCode() + ": " + r.body());
                }
                report = await(id, "COMMITTING");
                commit = (System.nanoTime() - t1) / 1e9;
                created = number("created", report);
                status = first(STATUS, report);
                System.out.printf("import: committed in %.1f s (%s, created %,d); end to end %.1f s%n", commit, status,
                        created, validate + commit);
                if (created > 0 && !options.containsKey("keep-imported")) {
                    removeImported(committedFrom);
                }
            }
        }
        long exportRows = 0;
        double exportSeconds = -1;
        long bytes = 0;
        if (!options.containsKey("skip-export")) {
            String[] city = exportRegion(root, Long.parseLong(options.getOrDefault("export-rows", "100000")));
            exportRows = Long.parseLong(city[1]);
            long t = System.nanoTime();
            bytes = http.download("/api/v1/members/export?regionCode=" + city[0]);
            exportSeconds = (System.nanoTime() - t) / 1e9;
            System.out.printf("export: %,d rows of %s in %.1f s, %,d bytes%n", exportRows, city[0], exportSeconds,
                    bytes);
        }
        if (sample) {
            System.out.println("server during import/export: " + memory.stopSampling());
        }
        return new Figures(rows, validate, commit, valid, created, status, exportRows, exportSeconds, bytes);
    }

    private java.sql.Timestamp databaseNow() throws java.sql.SQLException {
        try (var st = db.createStatement(); var rs = st.executeQuery("select now()")) {
            rs.next();
            return rs.getTimestamp(1);
        }
    }

    /**
     * Deletes the members the import just created (by the benchmark user, since the commit began),
     * so that repeated runs keep the generated distribution: left in, every run would add 100,000
     * people to one county. {@code --keep-imported} keeps them.
     */
    private void removeImported(java.sql.Timestamp since) throws java.sql.SQLException {
        long t = System.nanoTime();
        try (var st = db.prepareStatement("delete from member where created_by = ? and created_at >= ?")) {
            st.setString(1, http.user());
            st.setTimestamp(2, since);
            int removed = st.executeUpdate();
            System.out.printf("import: %,d imported members removed again in %.1f s (--keep-imported keeps them)%n",
                    removed, (System.nanoTime() - t) / 1e9);
        }
        // Leave the table as the generator left it: vacuumed, so index-only scans stay index-only.
        try (var st = db.createStatement()) {
            st.execute("vacuum (analyze) member, member_account, member_change, follower_snapshot");
        }
    }

    private String await(String id, String running) throws InterruptedException {
        long deadline = System.nanoTime() + Long.parseLong(options.getOrDefault("import-timeout", "3600")) * 1_000_000_000L;
        while (true) {
            String body = http.get("/api/v1/member-imports/" + id).body();
            String status = first(STATUS, body);
            if (!running.equals(status) || System.nanoTime() > deadline) {
                return body;
            }
            Thread.sleep(500);
        }
    }

    /** A file in the import template's columns: new people in 环县, half with a phone. */
    static byte[] csv(int rows, long seed) {
        Random random = new Random(seed);
        Faker faker = new Faker(Locale.SIMPLIFIED_CHINESE, random);
        StringBuilder csv = new StringBuilder("姓名,性别,出生日期,身份证号码,手机号码,统战类别,所属区划,管理层级\n");
        Set<String> ids = new HashSet<>();
        while (ids.size() < rows) {
            LocalDate birth = LocalDate.of(1955, 1, 1).plusDays(random.nextInt(365 * 48));
            String first17 = "621022" + birth.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
            String value = first17 + IdNumber.checkDigit(first17);
            if (!ids.add(value)) {
                continue;
            }
            IdNumber id = IdNumber.parse(value);
            String phone = random.nextBoolean() ? "13" + String.format("%09d", random.nextInt(1_000_000_000)) : "";
            csv.append(faker.name().lastName()).append(faker.name().firstName()).append(',')
                .append(id.gender().name().equals("MALE") ? "男" : "女").append(',').append(birth).append(',')
                .append(value).append(',').append(phone).append(",网络人士,环县,县管\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The child region of the root (a city under the province) whose member count is nearest the wanted number. */
    private String[] exportRegion(String root, long wanted) throws SQLException {
        String best = root;
        long bestCount = -1;
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(
                "select rpad(left(region_code, " + childDigits(root) + "), 12, '0'), count(*) from member m where "
                        + BareSql.scope(root) + " group by 1")) {
            while (rs.next()) {
                long n = rs.getLong(2);
                if (bestCount < 0 || Math.abs(n - wanted) < Math.abs(bestCount - wanted)) {
                    best = rs.getString(1);
                    bestCount = n;
                }
            }
        }
        return new String[] {best, String.valueOf(Math.max(0, bestCount))};
    }

    /** Significant digits of the root's children: 4 under a province, 6 under a city, and so on. */
    private static int childDigits(String root) {
        return switch (io.tongxin.region.RegionCode.of(root).subtreePrefix().length()) {
            case 2 -> 4;
            case 4 -> 6;
            case 6 -> 9;
            default -> 12;
        };
    }

    private static String first(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("Unexpected answer: " + body);
        }
        return m.group(1);
    }

    private static int number(String field, String body) {
        Matcher m = Pattern.compile("\"" + field + "\":(\\d+)").matcher(body);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }
}
