package io.tongxin.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import io.tongxin.personaldata.IdNumber;
import io.tongxin.personaldata.Masking;
import io.tongxin.personaldata.NamePinyin;
import io.tongxin.personaldata.PhoneNumber;
import io.tongxin.personaldata.SensitiveDataProtector;
import net.datafaker.Faker;

/**
 * Members over the real regions under the root (city, county, township and village level), with
 * valid ID numbers and mobiles stored exactly as the registry stores them (AES-GCM cipher, HMAC
 * of the normalised value, masks, last four), pinyin keys, categories and tags; one in five has
 * 1–3 online accounts with four quarterly follower snapshots.
 */
final class MemberGenerator {

    static final String ACTOR = "bench";

    private static final String[] CATEGORIES = {"DEMOCRATIC_PARTY", "NON_PARTY", "NON_PARTY_INTELLECTUAL",
        "ETHNIC_MINORITY", "RELIGIOUS", "NON_PUBLIC_ECONOMY", "NEW_SOCIAL_STRATUM", "OVERSEAS_STUDENT",
        "OVERSEAS_CHINESE", "ONLINE", "NSS_NEW_MEDIA", "ONLINE_REPRESENTATIVE", "OTHER"};
    private static final String[] TAGS = {"返乡创业", "非遗传承人", "青年", "致富带头人", "乡贤", "村播达人"};
    private static final String[] PLATFORMS = {"DOUYIN", "KUAISHOU", "WECHAT_CHANNELS", "WEIBO", "XIAOHONGSHU",
        "BILIBILI", "TOUTIAO"};
    private static final String[] DOMAINS = {"RURAL", "FOOD", "CULTURE_TOURISM", "EDUCATION", "LIFESTYLE", "CULTURE"};
    private static final String[] EDUCATION = {"11", "14", "21", "31", "41", "44", "61", "71"};
    private static final String[] MOBILE_PREFIXES = {"130", "131", "132", "133", "135", "136", "137", "138", "139",
        "150", "151", "152", "153", "155", "156", "157", "158", "159", "177", "180", "181", "182", "183", "185",
        "186", "187", "188", "189", "199"};
    private static final LocalDate[] SNAPSHOT_DAYS = {LocalDate.of(2025, 12, 31), LocalDate.of(2026, 3, 31),
        LocalDate.of(2026, 6, 30), LocalDate.of(2026, 9, 30)};
    private static final String MEMBER_COLUMNS = "id, name, name_pinyin, name_initials, gender, ethnicity_code, "
            + "birth_date, id_number_cipher, id_number_hmac, id_number_masked, phone_cipher, phone_hmac, phone_last4, "
            + "phone_masked, education_code, political_affiliation_code, employer, category_codes, region_code, tier, "
            + "importance, status, tags, last_verified_on, max_followers, created_by, updated_by";
    private static final String ACCOUNT_COLUMNS = "id, member_id, platform_code, handle, display_name, followers, "
            + "content_domain_code, verified";

    private final Connection connection;
    private final SensitiveDataProtector protector;
    private final BenchScale scale;
    private final Random random;
    private final Faker faker;
    private final Map<String, NamePinyin> pinyin = new HashMap<>();

    MemberGenerator(Connection connection, SensitiveDataProtector protector, BenchScale scale, Random random) {
        this.connection = connection;
        this.protector = protector;
        this.scale = scale;
        this.random = random;
        this.faker = new Faker(Locale.SIMPLIFIED_CHINESE, random);
    }

    /** Loads the members; returns those with accounts (candidates for streamers). */
    List<GeneratedMember> load() throws SQLException {
        List<List<String>> regionsByLevel = regions();
        Set<String> takenIds = existing("select id_number_hmac from member where id_number_hmac is not null");
        // Ids are reserved before the load (sequences advanced past them), so that the running
        // app can insert concurrently without colliding; an account reservation may leave a gap.
        long memberId = reserve("member", scale.members());
        long accountId = reserve("member_account", (long) scale.members() * 3 / 5 + 3);
        List<GeneratedMember> withAccounts = new ArrayList<>();
        connection.setAutoCommit(false);
        // One connection runs one COPY at a time: accounts are collected while members stream.
        List<Object[]> accountRows = new ArrayList<>();
        try {
            CopyWriter members = new CopyWriter(connection, "member", MEMBER_COLUMNS);
            for (int i = 0; i < scale.members(); i++) {
                long id = ++memberId;
                String region = pickRegion(regionsByLevel);
                String name = name();
                NamePinyin keys = pinyin.computeIfAbsent(name, NamePinyin::of);
                IdNumber idNumber = idNumber(region, takenIds);
                PhoneNumber phone = phone();
                long maxFollowers = 0;
                if (random.nextInt(5) == 0) {
                    int n = 1 + random.nextInt(3);
                    List<String> platforms = new ArrayList<>(List.of(PLATFORMS));
                    for (int k = 0; k < n; k++) {
                        String platform = platforms.remove(random.nextInt(platforms.size()));
                        long followers = (long) Math.exp(random.nextDouble() * 13.5);
                        maxFollowers = Math.max(maxFollowers, followers);
                        long account = ++accountId;
                        accountRows.add(new Object[] {account, id, platform, "bx" + id + "_" + k, name + "的小店",
                            followers, DOMAINS[random.nextInt(DOMAINS.length)], random.nextInt(3) == 0});
                        if (k == 0) {
                            withAccounts.add(new GeneratedMember(id, name, region, account, platform));
                        }
                    }
                }
                members.add(id).add(name).add(keys.full()).add(keys.initials()).add(idNumber.gender().name())
                    .add(random.nextInt(10) == 0 ? "03" : "01").add(idNumber.birthDate())
                    .add(protector.encrypt(idNumber.value())).add(protector.hmac(idNumber.value()))
                    .add(Masking.maskIdNumber(idNumber)).add(protector.encrypt(phone.national()))
                    .add(protector.hmac(phone.e164())).add(phone.lastFour()).add(Masking.maskPhone(phone))
                    .add(EDUCATION[random.nextInt(EDUCATION.length)]).add(String.format("%02d", 1 + random.nextInt(13)))
                    .add(faker.company().name()).add(categories()).add(region).add(tier(region))
                    .add(random.nextInt(5) == 0 ? "KEY" : "GENERAL").add(random.nextInt(30) == 0 ? "EXITED" : "ACTIVE")
                    .add(tags()).add(LocalDate.of(2026, 11, 1).minusDays(random.nextInt(730))).add(maxFollowers)
                    .add(ACTOR).add(ACTOR);
                members.endRow();
            }
            members.close();
            try (CopyWriter accounts = new CopyWriter(connection, "member_account", ACCOUNT_COLUMNS)) {
                for (Object[] row : accountRows) {
                    for (Object value : row) {
                        accounts.add(value);
                    }
                    accounts.endRow();
                }
            }
            try (CopyWriter snapshots = new CopyWriter(connection, "follower_snapshot",
                    "account_id, taken_on, followers")) {
                for (Object[] row : accountRows) {
                    long followers = (Long) row[5];
                    for (int q = 0; q < SNAPSHOT_DAYS.length; q++) {
                        snapshots.add(row[0]).add(SNAPSHOT_DAYS[q]).add(followers * (q + 7) / 10).endRow();
                    }
                }
            }
            connection.commit();
        }
        catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
        finally {
            connection.setAutoCommit(true);
        }
        return withAccounts;
    }

    private String name() {
        return faker.name().lastName() + faker.name().firstName();
    }

    private IdNumber idNumber(String region, Set<String> taken) {
        String prefix = region.substring(0, 6);
        while (true) {
            LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 55));
            String first17 = prefix + birth.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
            String value = first17 + IdNumber.checkDigit(first17);
            if (taken.add(protector.hmac(value))) {
                return IdNumber.parse(value);
            }
        }
    }

    private PhoneNumber phone() {
        String number = MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)]
                + String.format("%08d", random.nextInt(100_000_000));
        return PhoneNumber.parse(number);
    }

    private List<String> categories() {
        String first = CATEGORIES[random.nextInt(CATEGORIES.length)];
        if (random.nextInt(4) != 0) {
            return List.of(first);
        }
        String second = CATEGORIES[random.nextInt(CATEGORIES.length)];
        return second.equals(first) ? List.of(first) : List.of(first, second);
    }

    private List<String> tags() {
        int n = random.nextInt(10) < 7 ? 0 : 1 + random.nextInt(2);
        Set<String> tags = new HashSet<>();
        for (int i = 0; i < n; i++) {
            tags.add(TAGS[random.nextInt(TAGS.length)]);
        }
        return List.copyOf(tags);
    }

    /** Where members are kept: 3 % at a city, 17 % at a county, the rest at townships and villages. */
    private String pickRegion(List<List<String>> byLevel) {
        int roll = random.nextInt(100);
        int level = roll < 3 ? 2 : roll < 20 ? 3 : roll < 60 ? 4 : 5;
        while (byLevel.get(level).isEmpty()) {
            level--;
        }
        List<String> codes = byLevel.get(level);
        return codes.get(random.nextInt(codes.size()));
    }

    private static String tier(String region) {
        if (region.endsWith("00000000")) {
            return "CITY";
        }
        return region.endsWith("000000") ? "COUNTY" : "TOWNSHIP";
    }

    private List<List<String>> regions() throws SQLException {
        List<List<String>> byLevel = new ArrayList<>();
        for (int i = 0; i <= 5; i++) {
            byLevel.add(new ArrayList<>());
        }
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("select code, level from region where level >= 2 and code like '"
                     + scale.rootPrefix() + "%' order by code")) {
            while (rs.next()) {
                byLevel.get(rs.getInt(2)).add(rs.getString(1));
            }
        }
        if (byLevel.stream().allMatch(List::isEmpty)) {
            byLevel.get(2).add(scale.rootRegion());
        }
        return byLevel;
    }

    private Set<String> existing(String sql) throws SQLException {
        Set<String> values = new HashSet<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    /**
     * Reserves {@code count} ids of an identity column (COPY writes the ids itself) by moving its
     * sequence past them; returns the id before the first reserved one.
     */
    private long reserve(String table, long count) throws SQLException {
        String sequence = sequence(table);
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                "select setval('" + sequence + "', greatest((select coalesce(max(id), 0) from " + table + "),"
                        + " nextval('" + sequence + "')) + " + Math.max(1, count) + ") - " + Math.max(1, count))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String sequence(String table) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("select pg_get_serial_sequence('" + table + "', 'id')")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
