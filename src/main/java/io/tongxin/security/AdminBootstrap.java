package io.tongxin.security;

import java.util.List;

import io.tongxin.audit.AuditActions;
import io.tongxin.audit.AuditEntry;
import io.tongxin.audit.AuditLog;
import io.tongxin.shared.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the first start with an empty user table, creates {@code admin} (系统管理员) with the password
 * from {@code TONGXIN_ADMIN_PASSWORD}, or a random one printed once to the log that must be
 * changed at first login. There is no built-in default password.
 */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

    static final String ADMIN = "admin";
    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final UserRepository users;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final SecurityProperties properties;
    private final AuditLog audit;

    AdminBootstrap(UserRepository users, PasswordPolicy policy, PasswordEncoder encoder,
            SecurityProperties properties, AuditLog audit) {
        this.users = users;
        this.policy = policy;
        this.encoder = encoder;
        this.properties = properties;
        this.audit = audit;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        String given = properties.adminPassword();
        boolean generated = given == null || given.isBlank();
        String password = generated ? policy.generate() : given;
        if (!generated) {
            try {
                policy.check(password, ADMIN);
            }
            catch (InvalidInputException e) {
                throw new IllegalStateException("TONGXIN_ADMIN_PASSWORD does not meet the password rule ("
                        + e.messageCode() + "): at least 10 characters from 3 of: lower case, upper case, "
                        + "digits, symbols; must not contain 'admin'. 环境变量 TONGXIN_ADMIN_PASSWORD 不符合密码规则。");
            }
        }
        long id = users.insert(new UserRepository.NewUser(ADMIN, "系统管理员", properties.rootRegion(),
                encoder.encode(password), generated, List.of("SYSTEM_ADMIN")));
        audit.record("system", AuditEntry.of(AuditActions.USER_CREATED).target("USER", String.valueOf(id))
            .region(properties.rootRegion()).detail("roles=SYSTEM_ADMIN; first start"));
        if (generated) {
            log.warn("""

                    ================================================================
                    首次启动：已创建系统管理员账号 admin，初始密码（只显示这一次）：
                        {}
                    首次登录后必须修改密码。
                    First start: created user 'admin' with the one-time password above.
                    ================================================================""", password);
        }
        else {
            log.info("First start: created user 'admin' with the password from TONGXIN_ADMIN_PASSWORD");
        }
    }
}
