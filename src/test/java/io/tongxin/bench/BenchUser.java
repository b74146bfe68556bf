package io.tongxin.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * The benchmark's own account: a CITY_ADMIN (member list, import, export, 村村播 figures) whose
 * scope is the generator's root region, so that searches run over all the generated members.
 */
final class BenchUser {

    static final String USERNAME = "bench_admin";

    private BenchUser() {
    }

    static void ensure(Connection connection, String region, String password) throws SQLException {
        String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(password);
        try (PreparedStatement user = connection.prepareStatement("""
                insert into app_user (username, display_name, region_code, password_hash, must_change_password,
                                      password_changed_at)
                values (?, ?, ?, ?, false, now())
                on conflict (lower(username)) do update set password_hash = excluded.password_hash,
                    region_code = excluded.region_code, must_change_password = false, enabled = true,
                    failed_attempts = 0, locked_until = null""")) {
            user.setString(1, USERNAME);
            user.setString(2, "性能测试 管理员");
            user.setString(3, region);
            user.setString(4, hash);
            user.executeUpdate();
        }
        try (PreparedStatement role = connection.prepareStatement("""
                insert into user_role (user_id, role_code)
                select id, 'CITY_ADMIN' from app_user where lower(username) = lower(?)
                on conflict do nothing""")) {
            role.setString(1, USERNAME);
            role.executeUpdate();
        }
    }
}
