package io.tongxin.security;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for users and their roles. Scope is applied by the caller through {@link RegionScope#sql}. */
@Repository
class UserRepository {

    private static final String ACCOUNT_COLUMNS = """
            u.id, u.username, u.display_name, u.region_code, u.enabled, u.locked_until,
            u.must_change_password, u.last_login_at, u.created_at, u.version,
            coalesce((select string_agg(ur.role_code, ',' order by ur.role_code)
                        from user_role ur where ur.user_id = u.id), '') as roles""";

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The principal with its roles and permissions in one statement: HTTP Basic callers are loaded
     * on every request, so this is on the path of every API call.
     */
    Optional<TongxinUser> findPrincipal(String username) {
        return jdbc.sql("""
                select u.id, u.username, u.display_name, u.region_code, u.password_hash, u.enabled,
                       u.locked_until, u.must_change_password,
                       array(select r.code from user_role ur join app_role r on r.code = ur.role_code
                              where ur.user_id = u.id order by r.sort_order, r.code) as role_codes,
                       array(select r.name from user_role ur join app_role r on r.code = ur.role_code
                              where ur.user_id = u.id order by r.sort_order, r.code) as role_names,
                       array(select distinct rp.permission_code from user_role ur
                               join role_permission rp on rp.role_code = ur.role_code
                              where ur.user_id = u.id) as permissions
                  from app_user u where lower(u.username) = lower(:username)""")
            .param("username", username)
            .query((rs, n) -> new TongxinUser(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                    rs.getString("region_code"), rs.getString("password_hash"), roles(rs),
                    Set.of(strings(rs, "permissions")), rs.getBoolean("enabled"), instant(rs, "locked_until"),
                    rs.getBoolean("must_change_password")))
            .optional();
    }

    private static List<RoleRef> roles(ResultSet rs) throws SQLException {
        String[] codes = strings(rs, "role_codes");
        String[] names = strings(rs, "role_names");
        List<RoleRef> roles = new ArrayList<>(codes.length);
        for (int i = 0; i < codes.length; i++) {
            roles.add(new RoleRef(codes[i], names[i]));
        }
        return roles;
    }

    private static String[] strings(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? new String[0] : (String[]) array.getArray();
    }

    Optional<UserAccount> findAccount(long id) {
        return jdbc.sql("select " + ACCOUNT_COLUMNS + " from app_user u where u.id = :id")
            .param("id", id)
            .query(UserRepository::account)
            .optional();
    }

    Optional<UserAccount> findAccount(String username) {
        return jdbc.sql("select " + ACCOUNT_COLUMNS + " from app_user u where lower(u.username) = lower(:username)")
            .param("username", username)
            .query(UserRepository::account)
            .optional();
    }

    List<UserAccount> findAccounts(UserQuery query, RegionScope.SqlCondition scope) {
        Map<String, Object> params = new HashMap<>(scope.parameters());
        String where = where(query, scope, params);
        params.put("limit", query.size());
        params.put("offset", (long) query.page() * query.size());
        return jdbc.sql("select " + ACCOUNT_COLUMNS + " from app_user u where " + where
                + " order by u.region_code, u.username limit :limit offset :offset")
            .params(params)
            .query(UserRepository::account)
            .list();
    }

    long countAccounts(UserQuery query, RegionScope.SqlCondition scope) {
        Map<String, Object> params = new HashMap<>(scope.parameters());
        String where = where(query, scope, params);
        return jdbc.sql("select count(*) from app_user u where " + where).params(params).query(Long.class).single();
    }

    private static String where(UserQuery query, RegionScope.SqlCondition scope, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(scope.clause());
        if (query.keyword() != null && !query.keyword().isBlank()) {
            where.append(" and (u.username ilike :kw or u.display_name ilike :kw)");
            params.put("kw", "%" + query.keyword().trim().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (query.role() != null && !query.role().isBlank()) {
            where.append(" and exists (select 1 from user_role ur where ur.user_id = u.id and ur.role_code = :role)");
            params.put("role", query.role());
        }
        return where.toString();
    }

    long insert(NewUser user) {
        long id = jdbc.sql("""
                insert into app_user (username, display_name, region_code, password_hash, must_change_password,
                                      password_changed_at)
                values (:username, :displayName, :region, :hash, :mustChange, now()) returning id""")
            .param("username", user.username())
            .param("displayName", user.displayName())
            .param("region", user.regionCode())
            .param("hash", user.passwordHash())
            .param("mustChange", user.mustChangePassword())
            .query(Long.class)
            .single();
        replaceRoles(id, user.roles());
        return id;
    }

    /** Optimistic update: returns false when the version moved on (someone else saved first). */
    boolean update(long id, int expectedVersion, String displayName, String regionCode, boolean enabled,
            List<String> roles) {
        int rows = jdbc.sql("""
                update app_user set display_name = :displayName, region_code = :region, enabled = :enabled,
                                    updated_at = now(), version = version + 1
                 where id = :id and version = :version""")
            .param("displayName", displayName)
            .param("region", regionCode)
            .param("enabled", enabled)
            .param("id", id)
            .param("version", expectedVersion)
            .update();
        if (rows == 1) {
            replaceRoles(id, roles);
        }
        return rows == 1;
    }

    private void replaceRoles(long userId, List<String> roles) {
        jdbc.sql("delete from user_role where user_id = :id").param("id", userId).update();
        for (String role : roles) {
            jdbc.sql("insert into user_role (user_id, role_code) values (:id, :role)")
                .param("id", userId).param("role", role).update();
        }
    }

    void setPassword(long id, String hash, boolean mustChange) {
        jdbc.sql("""
                update app_user set password_hash = :hash, must_change_password = :mustChange,
                       password_changed_at = now(), failed_attempts = 0, locked_until = null,
                       updated_at = now(), version = version + 1
                 where id = :id""")
            .param("hash", hash).param("mustChange", mustChange).param("id", id).update();
    }

    /**
     * Counts a failure and locks the account when the limit is reached. An expired lock starts the
     * count afresh. Returns true if this very failure locked the account.
     */
    boolean recordFailure(String username, int maxFailures, Instant lockUntil) {
        return jdbc.sql("""
                update app_user set
                       failed_attempts = (case when locked_until is null then failed_attempts else 0 end) + 1,
                       locked_until = case when (case when locked_until is null then failed_attempts else 0 end) + 1
                                                >= :max then cast(:until as timestamptz) end
                 where lower(username) = lower(:username)
                   and (locked_until is null or locked_until < now())
                returning locked_until is not null""")
            .param("max", maxFailures)
            .param("until", Timestamp.from(lockUntil))
            .param("username", username)
            .query(Boolean.class)
            .optional()
            .orElse(false);
    }

    void recordSuccess(long id) {
        jdbc.sql("update app_user set failed_attempts = 0, locked_until = null, last_login_at = now() where id = :id")
            .param("id", id).update();
    }

    void unlock(long id) {
        jdbc.sql("update app_user set failed_attempts = 0, locked_until = null, updated_at = now() where id = :id")
            .param("id", id).update();
    }

    long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    Map<String, String> roleNames() {
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.sql("select code, name from app_role order by sort_order")
            .query(rs -> {
                names.put(rs.getString(1), rs.getString(2));
            });
        return names;
    }

    List<RoleView> roles() {
        return jdbc.sql("""
                select r.code, r.name, r.built_in,
                       coalesce((select string_agg(rp.permission_code, ',' order by rp.permission_code)
                                   from role_permission rp where rp.role_code = r.code), '') as permissions
                  from app_role r order by r.sort_order""")
            .query((rs, n) -> {
                String permissions = rs.getString("permissions");
                return new RoleView(rs.getString("code"), rs.getString("name"), rs.getBoolean("built_in"),
                        permissions.isEmpty() ? List.of() : Arrays.asList(permissions.split(",")));
            })
            .list();
    }

    private static UserAccount account(ResultSet rs, int rowNum) throws SQLException {
        String roles = rs.getString("roles");
        return new UserAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("region_code"), roles.isEmpty() ? List.of() : Arrays.asList(roles.split(",")),
                rs.getBoolean("enabled"), instant(rs, "locked_until"), rs.getBoolean("must_change_password"),
                instant(rs, "last_login_at"), instant(rs, "created_at"), rs.getInt("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }

    record NewUser(String username, String displayName, String regionCode, String passwordHash,
            boolean mustChangePassword, List<String> roles) {
    }
}
