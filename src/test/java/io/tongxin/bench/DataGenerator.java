package io.tongxin.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;

import io.tongxin.personaldata.SensitiveDataProtector;

/**
 * Fills a Tongxin database with synthetic province-scale data (docs/benchmarks.md):
 * <pre>
 * ./mvnw -q -Pbench test-compile exec:java -Dexec.args="--jdbc-url jdbc:postgresql://localhost:55432/postgres
 *     --data-dir /tmp/txbench --members 1000000 --sessions 10000000"
 * </pre>
 * The keys are those of the app: {@code <data dir>/keys/tongxin-keys.properties} of the embedded
 * default, or TONGXIN_ENCRYPTION_KEY / TONGXIN_HMAC_KEY. Run it while nobody writes to the database.
 */
public final class DataGenerator {

    /** What a run loaded and how long each part took. */
    public record Result(int members, int streamers, long sessions, long memberMillis, long livestreamMillis,
            long aggregateMillis) {
    }

    private DataGenerator() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = Args.parse(args);
        BenchScale scale = new BenchScale(Integer.parseInt(a.getOrDefault("members", "100000")),
                Long.parseLong(a.getOrDefault("sessions", "1000000")),
                Integer.parseInt(a.getOrDefault("villages", "100000")),
                a.getOrDefault("root", BenchScale.GANSU), Long.parseLong(a.getOrDefault("seed", "20261125")));
        SensitiveDataProtector protector = protector(a);
        try (Connection c = DriverManager.getConnection(
                a.getOrDefault("jdbc-url", "jdbc:postgresql://localhost:55432/postgres"),
                a.getOrDefault("db-user", "postgres"), a.getOrDefault("db-password", ""))) {
            System.out.println("Generating " + scale);
            Result r = generate(c, protector, scale);
            BenchUser.ensure(c, scale.rootRegion(), a.getOrDefault("bench-password", Args.BENCH_PASSWORD));
            System.out.printf("members %,d in %.1f s; streamers %,d and sessions %,d in %.1f s; aggregates rebuilt"
                    + " and checked in %.1f s; user %s%n", r.members(), r.memberMillis() / 1000.0, r.streamers(),
                    r.sessions(), r.livestreamMillis() / 1000.0, r.aggregateMillis() / 1000.0, BenchUser.USERNAME);
        }
    }

    public static Result generate(Connection connection, SensitiveDataProtector protector, BenchScale scale)
            throws SQLException {
        Random random = new Random(scale.seed());
        long t0 = System.nanoTime();
        List<GeneratedMember> withAccounts = new MemberGenerator(connection, protector, scale, random).load();
        long t1 = System.nanoTime();
        LivestreamGenerator livestream = new LivestreamGenerator(connection, scale, random);
        long sessions = scale.sessions() == 0 ? 0 : livestream.load(withAccounts);
        long t2 = System.nanoTime();
        if (sessions > 0) {
            AggregateRebuild.rebuild(connection);
        }
        try (Statement st = connection.createStatement()) {
            st.execute("analyze");
        }
        long t3 = System.nanoTime();
        return new Result(scale.members(), livestream.streamersLoaded(), sessions, (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000);
    }

    private static SensitiveDataProtector protector(Map<String, String> a) throws IOException {
        String encryption = System.getenv("TONGXIN_ENCRYPTION_KEY");
        String hmac = System.getenv("TONGXIN_HMAC_KEY");
        if (encryption == null || hmac == null) {
            Path file = Path.of(a.getOrDefault("data-dir", "./data"), "keys", "tongxin-keys.properties");
            Properties keys = new Properties();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
                keys.load(reader);
            }
            encryption = keys.getProperty("encryption-key");
            hmac = keys.getProperty("hmac-key");
        }
        return SensitiveDataProtector.withKeys(Base64.getDecoder().decode(encryption.strip()),
                Base64.getDecoder().decode(hmac.strip()));
    }
}
