package io.tongxin.livestream.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.tongxin.database.DatabaseProperties;
import io.tongxin.livestream.LivestreamSessions;
import io.tongxin.livestream.SessionData;
import io.tongxin.livestream.SessionSource;
import io.tongxin.member.Member;
import io.tongxin.member.MemberManagement;
import io.tongxin.member.MemberQuery;
import io.tongxin.member.MemberSummary;
import io.tongxin.region.Region;
import io.tongxin.region.RegionCode;
import io.tongxin.region.RegionDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: 村村播 in 环县 and 崇信县 — villages enrolled (some as 示范点), the demo members
 * with online accounts as streamers, weekly schedules, and a year of sessions mostly held on
 * schedule, with GMV growing over the year, so the charts look like a working programme. Written
 * through the module's own services, signed in as each county's demo clerk (so scope and rules
 * apply), from a fixed seed.
 */
@Component
@Profile("demo")
@Order(30)
class DemoLivestream implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLivestream.class);
    private static final Map<String, String> COUNTIES = Map.of("621022000000", "hx_county", "620823000000", "cx_county");
    private static final String[] PLATFORMS = {"DOUYIN", "KUAISHOU", "WECHAT_CHANNELS", "TOUTIAO"};
    private static final List<List<String>> PRODUCTS = List.of(List.of("MUTTON", "MIXED_BEANS"),
            List.of("HONEY", "MILLET"), List.of("BUCKWHEAT_NOODLES", "STONE_MILLED_FLOUR"), List.of("CHILI", "SAUCE_VINEGAR"),
            List.of("RED_BEEF"), List.of("APPLE", "DAYLILY"), List.of("SACHET", "PAPER_CUT"), List.of("SHADOW_PUPPET", "RURAL_TOUR"));

    private final ProgrammeManagement programme;
    private final LivestreamSessions sessions;
    private final MemberManagement members;
    private final RegionDirectory regions;
    private final UserDetailsService users;
    private final JdbcClient jdbc;
    private final DatabaseProperties database;

    DemoLivestream(ProgrammeManagement programme, LivestreamSessions sessions, MemberManagement members,
            RegionDirectory regions, UserDetailsService users, JdbcClient jdbc, DatabaseProperties database) {
        this.programme = programme;
        this.sessions = sessions;
        this.members = members;
        this.regions = regions;
        this.users = users;
        this.jdbc = jdbc;
        this.database = database;
    }

    @Override
    public void run(ApplicationArguments args) {
        Long existing = jdbc.sql("select count(*) from livestream_session where source = 'SYSTEM'").query(Long.class)
            .single();
        if (!database.embedded() || existing > 0) {
            return;
        }
        Random random = new Random(20250301L);
        int total = 0;
        for (var county : new java.util.TreeMap<>(COUNTIES).entrySet()) {
            UserDetails clerk = users.loadUserByUsername(county.getValue());
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(clerk, null, clerk.getAuthorities()));
            try {
                total += county(RegionCode.of(county.getKey()), random);
            }
            finally {
                SecurityContextHolder.clearContext();
            }
        }
        log.info("Demo mode: {} 村村播 sessions in 环县 and 崇信县", total);
    }

    private int county(RegionCode county, Random random) {
        LocalDate today = LocalDate.now(Sql.ZONE);
        LocalDate start = today.minusDays(364);
        List<Region> villages = new ArrayList<>();
        for (Region township : regions.children(county)) {
            regions.children(township.code()).stream().filter(v -> random.nextInt(5) < 3).forEach(villages::add);
        }
        for (Region village : villages) {
            programme.enrol(VillageRequest.enrolment(village.code().value(), start.minusDays(random.nextInt(90)),
                    random.nextInt(9) == 0, null, null, null));
        }
        int created = 0;
        for (Member streamer : streamers(county)) {
            List<Region> served = List.of(villages.get(random.nextInt(villages.size())),
                    villages.get(random.nextInt(villages.size())));
            for (Region village : served.stream().distinct().toList()) {
                programme.assign(streamer.id(), village.code().value(), start);
            }
            LocalTime slot = LocalTime.of(19 + random.nextInt(3), random.nextBoolean() ? 0 : 30);
            List<Integer> days = random.nextBoolean() ? List.of(2, 4) : List.of(1, 3, 6);
            ScheduleKind kind = ScheduleKind.values()[random.nextInt(3)];
            programme.addSchedule(new ScheduleRequest(streamer.id(), served.get(0).code().value(), days, slot,
                    slot.plusHours(2), kind, null, start, null));
            created += sessions.recordBatch(year(streamer, served, days, slot, start, today, random),
                    SessionSource.SYSTEM).created();
        }
        return created;
    }

    /** A streamer's year: most slots held (a few missed, a few extra sessions), sales growing. */
    private List<SessionData> year(Member streamer, List<Region> served, List<Integer> days, LocalTime slot,
            LocalDate start, LocalDate today, Random random) {
        List<SessionData> year = new ArrayList<>();
        var account = streamer.accounts().get(0);
        List<String> products = PRODUCTS.get(random.nextInt(PRODUCTS.size()));
        double talent = Math.exp(random.nextGaussian() * 0.8);
        for (LocalDate day = start; day.isBefore(today); day = day.plusDays(1)) {
            boolean scheduled = days.contains(day.getDayOfWeek().getValue());
            if (scheduled ? random.nextInt(10) == 0 : random.nextInt(25) != 0) {
                continue;
            }
            LocalDateTime begin = day.atTime(slot).plusMinutes(random.nextInt(31) - 10)
                .withSecond(random.nextInt(60));
            LocalDateTime end = begin.plusMinutes(60 + random.nextInt(120));
            double growth = 0.5 + (double) java.time.temporal.ChronoUnit.DAYS.between(start, day) / 365;
            double festival = day.getMonthValue() == 1 || day.getMonthValue() == 9 ? 1.6 : 1.0;
            long viewers = (long) (800 * talent * growth * (0.5 + random.nextDouble()));
            long orders = (long) (viewers * (0.01 + random.nextDouble() * 0.03));
            BigDecimal gmv = BigDecimal.valueOf(orders * (40 + random.nextInt(120)) * festival)
                .setScale(2, RoundingMode.HALF_UP);
            String village = served.get(random.nextInt(served.size())).code().value();
            year.add(new SessionData(streamer.id(), account.id(), List.of(village), begin, end,
                    viewers / (3 + random.nextInt(5)), viewers, orders, gmv, products,
                    account.platformCode().toLowerCase() + "-" + streamer.id() + "-" + day, null));
        }
        return year;
    }

    /** The county's demo members with an online account. */
    private List<Member> streamers(RegionCode county) {
        Map<Long, Member> found = new LinkedHashMap<>();
        for (String platform : PLATFORMS) {
            for (MemberSummary m : members.list(new MemberQuery(null, null, county.value(), null, null, null, null,
                    null, platform, null, null, null, 0, MemberQuery.MAX_SIZE)).content()) {
                found.computeIfAbsent(m.id(), members::get);
            }
        }
        return found.values().stream().filter(m -> !m.accounts().isEmpty()).toList();
    }
}
