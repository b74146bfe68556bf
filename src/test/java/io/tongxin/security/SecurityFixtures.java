package io.tongxin.security;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Creates real accounts in the test database, so tests authenticate through the real filter chain
 * (HTTP Basic or form login) rather than a mocked principal.
 */
@Component
public class SecurityFixtures {

    public static final String PASSWORD = "Fixture-Pass-2026";
    public static final String ADMIN_PASSWORD = "Test-Root-Pass-2026";
    public static final String HUANXIAN = "621022000000";
    public static final String CHONGXIN = "620823000000";
    public static final String QINGYANG = "621000000000";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final UserRepository users;
    private final PasswordEncoder encoder;

    SecurityFixtures(UserRepository users, PasswordEncoder encoder) {
        this.users = users;
        this.encoder = encoder;
    }

    /** A ready-to-use account (no forced password change) with {@link #PASSWORD}; returns its username. */
    public String user(String region, String... roles) {
        String username = "u" + System.nanoTime() % 1_000_000 + "_" + SEQUENCE.incrementAndGet();
        users.insert(new UserRepository.NewUser(username, "测试用户" + SEQUENCE.get(), region, encoder.encode(PASSWORD),
                false, List.of(roles)));
        return username;
    }

    public long idOf(String username) {
        return users.findAccount(username).orElseThrow().id();
    }
}
