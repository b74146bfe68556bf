package io.tongxin.security;

import java.util.List;

import io.tongxin.audit.AuditActions;
import io.tongxin.audit.AuditEntry;
import io.tongxin.audit.AuditLog;
import io.tongxin.database.DatabaseProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode only ({@code --spring.profiles.active=demo}): one account for every role in
 * 庆阳市/环县 and 平凉市/崇信县, all with the documented demo password, so a newcomer can click
 * around. Never active unless the profile is named; refuses to run against an external database.
 */
@Component
@Profile("demo")
@Order(10)
class DemoUsers implements ApplicationRunner {

    /** Documented in the README; demo mode is for a laptop, never for real data. */
    static final String DEMO_PASSWORD = "Tongxin-Demo-2026";
    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    record DemoUser(String username, String displayName, String region, String role) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("qy_city", "庆阳市委统战部 王主任", "621000000000", "CITY_ADMIN"),
            new DemoUser("hx_county", "环县统战部 李干事", "621022000000", "COUNTY_ADMIN"),
            new DemoUser("hx_hongde", "洪德镇统战委员 张明", "621022104000", "TOWNSHIP_LIAISON"),
            new DemoUser("hx_leader", "环县 刘部长", "621022000000", "LEADER"),
            new DemoUser("pl_city", "平凉市委统战部 赵科长", "620800000000", "CITY_ADMIN"),
            new DemoUser("cx_county", "崇信县统战部 陈干事", "620823000000", "COUNTY_ADMIN"),
            new DemoUser("demo_sysadmin", "演示 系统管理员", "620000000000", "SYSTEM_ADMIN"),
            new DemoUser("demo_security", "演示 安全管理员", "620000000000", "SECURITY_ADMIN"),
            new DemoUser("demo_audit", "演示 审计管理员", "620000000000", "AUDIT_ADMIN"));

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final DatabaseProperties database;

    DemoUsers(UserRepository users, PasswordEncoder encoder, AuditLog audit,
            DatabaseProperties database) {
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
        this.database = database;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!database.embedded()) {
            log.warn("Demo profile ignored: demo accounts are only created on the embedded database.");
            return;
        }
        String hash = encoder.encode(DEMO_PASSWORD);
        for (DemoUser demo : USERS) {
            if (users.findAccount(demo.username()).isEmpty()) {
                long id = users.insert(new UserRepository.NewUser(demo.username(), demo.displayName(), demo.region(),
                        hash, false, List.of(demo.role())));
                audit.record("system", AuditEntry.of(AuditActions.USER_CREATED).target("USER", String.valueOf(id))
                    .region(demo.region()).detail("demo; roles=" + demo.role()));
            }
        }
        log.info("Demo mode: {} demo accounts ready (password in README).", USERS.size());
    }
}
