package io.tongxin.livestream;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import io.tongxin.livestream.internal.ProgrammeManagement;
import io.tongxin.livestream.internal.VillageRequest;
import io.tongxin.member.AccountData;
import io.tongxin.member.ChangeSource;
import io.tongxin.member.Importance;
import io.tongxin.member.Member;
import io.tongxin.member.MemberData;
import io.tongxin.member.MemberManagement;
import io.tongxin.member.OnlineAccount;
import io.tongxin.member.Tier;
import io.tongxin.personaldata.Gender;
import io.tongxin.personaldata.IdNumbers;
import io.tongxin.shared.ConflictException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Streamers, enrolled villages and sessions for the livestream tests, created as a real user. */
@Component
public class LivestreamFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final MemberManagement members;
    private final ProgrammeManagement programme;
    private final LivestreamSessions sessions;
    private final UserDetailsService userDetails;

    LivestreamFixtures(MemberManagement members, ProgrammeManagement programme, LivestreamSessions sessions,
            UserDetailsService userDetails) {
        this.members = members;
        this.programme = programme;
        this.sessions = sessions;
        this.userDetails = userDetails;
    }

    /** A streamer and the account they stream on. */
    public record Streamer(long id, long accountId, String name) {
    }

    /** Runs {@code work} signed in as {@code username}, as the services expect. */
    public <T> T asUser(String username, Supplier<T> work) {
        UserDetails user = userDetails.loadUserByUsername(username);
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return work.get();
        }
        finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    public LivestreamSessions sessions() {
        return sessions;
    }

    /** A new member with a Douyin account, registered in {@code regionCode}; call signed in. */
    public Streamer streamer(String name, String regionCode) {
        int seq = SEQUENCE.incrementAndGet();
        LocalDate birth = LocalDate.of(1975, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(9000));
        // Born in 正宁县: no other test class uses that prefix, so the ID numbers never collide.
        String idNumber = IdNumbers.valid("621025", birth, Gender.FEMALE, seq % 999 + 1);
        Member member = members.register(new MemberData(name, null, "01", null, idNumber, null, null, null, null,
                "村村播服务站", "主播", null, List.of("ONLINE"), regionCode, Tier.COUNTY, Importance.GENERAL, List.of(),
                null, List.of()), ChangeSource.MANUAL);
        OnlineAccount account = members.addAccount(member.id(), new AccountData("DOUYIN",
                "ls" + System.nanoTime() % 100_000_000 + "_" + seq, name + "的直播间", null, 1200L, "RURAL", false));
        return new Streamer(member.id(), account.id(), name);
    }

    /** Enrols the village unless it is already (the test database is shared); call signed in. */
    public void enrol(String villageCode) {
        try {
            programme.enrol(new VillageRequest(villageCode, LocalDate.of(2024, 3, 1), false, null, null, null, null,
                    null));
        }
        catch (ConflictException alreadyEnrolled) {
            // enrolled by another test: fine
        }
    }

    /** A session of the streamer for the village at a random second of the given day; call signed in. */
    public Session session(Streamer streamer, String villageCode, LocalDate day, String gmv) {
        LocalDateTime start = day.atTime(8 + ThreadLocalRandom.current().nextInt(12),
                ThreadLocalRandom.current().nextInt(60), ThreadLocalRandom.current().nextInt(60));
        return sessions.record(data(streamer, villageCode, start, gmv), SessionSource.FORM);
    }

    public static SessionData data(Streamer streamer, String villageCode, LocalDateTime start, String gmv) {
        return new SessionData(streamer.id(), streamer.accountId(), List.of(villageCode), start,
                start.plusMinutes(90), 300L, 2_000L, 12L, new BigDecimal(gmv), List.of("HONEY", "MILLET"), null, null);
    }
}
