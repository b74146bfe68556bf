package io.tongxin.member.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.tongxin.database.DatabaseProperties;
import io.tongxin.member.AccountData;
import io.tongxin.member.ChangeSource;
import io.tongxin.member.Importance;
import io.tongxin.member.Member;
import io.tongxin.member.MemberData;
import io.tongxin.member.PositionData;
import io.tongxin.member.Tier;
import io.tongxin.personaldata.Gender;
import io.tongxin.personaldata.IdNumber;
import io.tongxin.region.Region;
import io.tongxin.region.RegionCode;
import io.tongxin.region.RegionDirectory;
import io.tongxin.security.RegionScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode only: a few hundred plausible members in 环县 and 崇信县 (real villages, valid ID
 * numbers, a fifth of them online personalities with a year of follower history), generated from
 * a fixed seed so every demo looks the same. Written through the registry's own rules.
 */
@Component
@Profile("demo")
@Order(20)
class DemoMembers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoMembers.class);
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马",
        "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾",
        "田", "董", "袁", "潘", "蒋", "蔡", "余", "杜", "叶", "程", "魏", "苏", "吕", "丁", "任", "沈", "姚", "卢", "慕",
        "单", "仇"};
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志文斌浩宇鹏飞晓东海燕亮春梅丹凤";
    private static final String[] COUNTIES = {"621022000000", "620823000000"};
    private static final String[] CATEGORIES = {"ONLINE", "NSS_NEW_MEDIA", "NON_PUBLIC_ECONOMY", "NON_PARTY_INTELLECTUAL",
        "NSS_FREELANCER", "ETHNIC_MINORITY", "DEMOCRATIC_PARTY", "NON_PARTY"};
    private static final String[] PLATFORMS = {"DOUYIN", "KUAISHOU", "WECHAT_CHANNELS", "TOUTIAO"};
    private static final String[] DOMAINS = {"RURAL", "FOOD", "CULTURE_TOURISM", "EDUCATION"};
    private static final int PER_COUNTY = 150;

    private final MemberStore store;
    private final AccountStore accounts;
    private final RegionDirectory regions;
    private final JdbcClient jdbc;
    private final DatabaseProperties database;

    DemoMembers(MemberStore store, AccountStore accounts, RegionDirectory regions, JdbcClient jdbc,
            DatabaseProperties database) {
        this.store = store;
        this.accounts = accounts;
        this.regions = regions;
        this.jdbc = jdbc;
        this.database = database;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Long existing = jdbc.sql("select count(*) from member where created_by = 'demo'").query(Long.class).single();
        if (!database.embedded() || existing > 0) {
            return;
        }
        Random random = new Random(20260301L);
        int created = 0;
        for (String county : COUNTIES) {
            RegionScope scope = new RegionScope(RegionCode.of(county));
            List<Region> villages = villagesOf(RegionCode.of(county));
            for (int i = 0; i < PER_COUNTY; i++) {
                Member member = store.register(member(random, villages, county, i), scope, "demo",
                        ChangeSource.SYSTEM);
                if (random.nextInt(5) == 0) {
                    addAccount(member, random);
                }
                created++;
            }
        }
        log.info("Demo mode: {} demo members in 环县 and 崇信县", created);
    }

    private MemberData member(Random random, List<Region> villages, String county, int i) {
        Gender gender = random.nextBoolean() ? Gender.MALE : Gender.FEMALE;
        LocalDate birth = LocalDate.of(1960 + random.nextInt(42), 1 + random.nextInt(12), 1 + random.nextInt(28));
        int sequence = 2 * (i + 1) + (gender == Gender.MALE ? 1 : 0);
        String first17 = county.substring(0, 6) + birth.toString().replace("-", "") + String.format("%03d", sequence);
        String idNumber = first17 + IdNumber.checkDigit(first17);
        String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN.charAt(random.nextInt(GIVEN.length()))
                + (random.nextInt(3) == 0 ? "" : String.valueOf(GIVEN.charAt(random.nextInt(GIVEN.length()))));
        Region village = villages.get(random.nextInt(villages.size()));
        String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
        List<PositionData> positions = random.nextInt(10) == 0
                ? List.of(new PositionData(random.nextBoolean() ? "NPC_DEPUTY" : "CPPCC_MEMBER", "COUNTY",
                        village.pathName().split("/")[2] + (random.nextBoolean() ? "人大" : "政协"),
                        LocalDate.of(2022, 1, 1), LocalDate.of(2026, 12, 31)))
                : List.of();
        return new MemberData(name, null, random.nextInt(10) == 0 ? "03" : "01", null, idNumber,
                "1" + (35 + random.nextInt(5)) + String.format("%08d", random.nextInt(100_000_000)), null,
                random.nextBoolean() ? "21" : "31", random.nextInt(8) == 0 ? "12" : "13",
                village.name().replace("村委会", "村") + "电商服务站", "负责人", null, List.of(category),
                village.code().value(), random.nextInt(6) == 0 ? Tier.CITY : Tier.COUNTY,
                random.nextInt(4) == 0 ? Importance.KEY : Importance.GENERAL,
                random.nextInt(3) == 0 ? List.of("村村播") : List.of(), null, positions);
    }

    private void addAccount(Member member, Random random) {
        long followers = (long) Math.exp(7 + random.nextDouble() * 7.5);
        MemberRow row = store.stored(member.id(), new RegionScope(RegionCode.of(member.regionCode())));
        var account = accounts.add(row, new AccountData(PLATFORMS[random.nextInt(PLATFORMS.length)],
                "hx" + member.id() + "_" + random.nextInt(10_000), member.name() + "说三农", null, followers / 3,
                DOMAINS[random.nextInt(DOMAINS.length)], random.nextInt(3) == 0), "demo");
        for (int month = 11; month >= 0; month--) {
            long value = followers - (followers * month / 14);
            accounts.recordFollowers(row, account.id(), LocalDate.now().minusMonths(month), value, "demo");
        }
    }

    private List<Region> villagesOf(RegionCode county) {
        List<Region> villages = new ArrayList<>();
        for (Region township : regions.children(county)) {
            villages.addAll(regions.children(township.code()));
        }
        return villages;
    }
}
