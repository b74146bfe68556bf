package io.tongxin.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * 村村播 at scale: real villages enrolled in 2023, each served by a streamer (a generated member
 * with an account, the villages and streamers both sorted by code so a streamer serves nearby
 * villages), and the sessions spread over 2023–2025. Sessions are loaded with the aggregate
 * trigger off and the pre-aggregates then rebuilt set-based by {@link AggregateRebuild}.
 */
final class LivestreamGenerator {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final OffsetDateTime FIRST = LocalDate.of(2023, 1, 1).atStartOfDay(ZONE).toOffsetDateTime();
    static final long SPAN_SECONDS = 3L * 365 * 24 * 3600;

    private static final String[] PRODUCTS = {"HONEY", "CHILI", "MUTTON", "RED_BEEF", "MILLET", "MIXED_BEANS",
        "APPLE", "DAYLILY", "SAUCE_VINEGAR", "STONE_MILLED_FLOUR", "BUCKWHEAT_NOODLES", "FLAXSEED_OIL", "BASKET",
        "SACHET", "PAPER_CUT", "SHADOW_PUPPET", "RURAL_TOUR", "FARM_STAY"};
    private static final String SESSION_COLUMNS = "region_code, village_codes, streamer_id, account_id, "
            + "platform_code, started_at, ended_at, peak_viewers, total_viewers, orders, gmv, product_codes, source, "
            + "created_by, updated_by";

    private final Connection connection;
    private final BenchScale scale;
    private final Random random;
    private int streamersLoaded;

    LivestreamGenerator(Connection connection, BenchScale scale, Random random) {
        this.connection = connection;
        this.scale = scale;
        this.random = random;
    }

    /** Enrols villages, assigns streamers, loads sessions; returns the number of sessions loaded. */
    long load(List<GeneratedMember> candidates) throws SQLException {
        List<String> villages = freeVillages();
        Collections.shuffle(villages, random);
        villages = new ArrayList<>(villages.subList(0, Math.min(scale.villages(), villages.size())));
        Collections.sort(villages);
        List<GeneratedMember> streamers = new ArrayList<>(candidates);
        streamers.sort(Comparator.comparing(GeneratedMember::regionCode).thenComparing(GeneratedMember::id));
        int streamerCount = Math.min(streamers.size(), Math.max(1, villages.size() * 2 / 3));
        if (villages.isEmpty() || streamerCount == 0) {
            return 0;
        }
        streamers = pickEvenly(streamers, streamerCount);
        streamersLoaded = streamerCount;
        // Villages of streamer s: a contiguous run of the sorted villages.
        List<List<String>> servedBy = new ArrayList<>();
        for (int s = 0; s < streamerCount; s++) {
            servedBy.add(new ArrayList<>());
        }
        for (int v = 0; v < villages.size(); v++) {
            servedBy.get((int) ((long) v * streamerCount / villages.size())).add(villages.get(v));
        }
        connection.setAutoCommit(false);
        try {
            enrol(villages, streamers, servedBy);
            connection.commit();
            long loaded = sessions(streamers, servedBy);
            connection.commit();
            return loaded;
        }
        catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
        finally {
            connection.setAutoCommit(true);
        }
    }

    int streamersLoaded() {
        return streamersLoaded;
    }

    private void enrol(List<String> villages, List<GeneratedMember> streamers, List<List<String>> servedBy)
            throws SQLException {
        try (CopyWriter copy = new CopyWriter(connection, "livestream_village",
                "village_code, enrolled_on, demonstration, created_by, updated_by")) {
            for (String village : villages) {
                copy.add(village).add(enrolledOn(village)).add(random.nextInt(20) == 0)
                    .add(MemberGenerator.ACTOR).add(MemberGenerator.ACTOR).endRow();
            }
        }
        try (CopyWriter copy = new CopyWriter(connection, "livestream_streamer", "member_id, name, region_code")) {
            for (GeneratedMember m : streamers) {
                copy.add(m.id()).add(m.name()).add(m.regionCode()).endRow();
            }
        }
        try (CopyWriter copy = new CopyWriter(connection, "livestream_assignment",
                "village_code, streamer_id, started_on, created_by")) {
            for (int s = 0; s < streamers.size(); s++) {
                for (String village : servedBy.get(s)) {
                    copy.add(village).add(streamers.get(s).id()).add(enrolledOn(village))
                        .add(MemberGenerator.ACTOR).endRow();
                }
            }
        }
    }

    /**
     * Sessions per streamer in disjoint time slots (slot j of n starts in [j, j+1) x span / n),
     * so one account never starts two sessions at the same second; emitted slot by slot across
     * streamers, so that rows arrive roughly in time order and COPY fills one month after another.
     */
    private long sessions(List<GeneratedMember> streamers, List<List<String>> servedBy) throws SQLException {
        int n = streamers.size();
        long[] count = new long[n];
        long villagesTotal = servedBy.stream().mapToLong(List::size).sum();
        long assigned = 0;
        for (int s = 0; s < n; s++) {
            count[s] = scale.sessions() * servedBy.get(s).size() / villagesTotal;
            assigned += count[s];
        }
        for (int s = 0; assigned < scale.sessions(); s = (s + 1) % n) {
            count[s]++;
            assigned++;
        }
        long max = 0;
        for (long c : count) {
            max = Math.max(max, c);
        }
        try (Statement st = connection.createStatement()) {
            // Only for this transaction: the row trigger stays off while COPY runs (the
            // aggregates are rebuilt set-based afterwards), foreign-key checks too.
            st.execute("set local session_replication_role = replica");
        }
        long rows = 0;
        try (CopyWriter copy = new CopyWriter(connection, "livestream_session", SESSION_COLUMNS)) {
            for (long j = 0; j < max; j++) {
                for (int s = 0; s < n; s++) {
                    if (j < count[s]) {
                        session(copy, streamers.get(s), servedBy.get(s), j, count[s]);
                        if (++rows % 1_000_000 == 0) {
                            System.out.printf("  %,d sessions%n", rows);
                        }
                    }
                }
            }
        }
        return rows;
    }

    private void session(CopyWriter copy, GeneratedMember streamer, List<String> villages, long slot, long slots) {
        long step = SPAN_SECONDS / slots;
        long start = slot * step + (step > 1 ? Math.floorMod(random.nextLong(), step) : 0);
        long duration = 1800 + random.nextInt(3 * 3600);
        String village = villages.get((int) (slot % villages.size()));
        Set<String> represented = new LinkedHashSet<>();
        represented.add(village);
        if (villages.size() > 1 && random.nextInt(10) == 0) {
            represented.add(villages.get(random.nextInt(villages.size())));
        }
        long peak = 10 + random.nextInt(5000);
        long orders = random.nextInt(200);
        BigDecimal gmv = BigDecimal.valueOf(orders * (1000 + random.nextInt(19_000)), 2);
        Set<String> products = new LinkedHashSet<>();
        for (int p = random.nextInt(4); p > 0; p--) {
            products.add(PRODUCTS[random.nextInt(PRODUCTS.length)]);
        }
        OffsetDateTime started = FIRST.plusSeconds(start);
        copy.add(village).add(represented).add(streamer.id()).add(streamer.accountId()).add(streamer.platformCode())
            .add(started).add(started.plusSeconds(duration)).add(peak).add(peak * (3 + random.nextInt(5)))
            .add(orders).add(gmv).add(products).add("IMPORT").add(MemberGenerator.ACTOR).add(MemberGenerator.ACTOR)
            .endRow();
    }

    /** A village's enrolment day, derived from its code so that village and assignment agree. */
    private static LocalDate enrolledOn(String village) {
        return LocalDate.of(2023, 1, 1).plusDays(Math.floorMod(village.hashCode(), 180));
    }

    private static List<GeneratedMember> pickEvenly(List<GeneratedMember> sorted, int count) {
        List<GeneratedMember> picked = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            picked.add(sorted.get((int) ((long) i * sorted.size() / count)));
        }
        return picked;
    }

    private List<String> freeVillages() throws SQLException {
        List<String> codes = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                "select code from region r where level = 5 and code like '" + scale.rootPrefix() + "%'"
                        + " and not exists (select 1 from livestream_village v where v.village_code = r.code)"
                        + " order by code")) {
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
        }
        return codes;
    }
}
