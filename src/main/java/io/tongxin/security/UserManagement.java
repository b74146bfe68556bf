package io.tongxin.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.tongxin.audit.AuditActions;
import io.tongxin.audit.AuditEntry;
import io.tongxin.audit.AuditLog;
import io.tongxin.region.RegionCode;
import io.tongxin.region.RegionDirectory;
import io.tongxin.shared.ConflictException;
import io.tongxin.shared.InvalidInputException;
import io.tongxin.shared.NotFoundException;
import io.tongxin.shared.PageResult;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Account administration. Every read and write goes through the caller's region scope: an
 * administrator of 环县 neither sees nor creates accounts of 崇信县. Each change is audited in
 * the same transaction.
 */
@Service
public class UserManagement {

    /** 三员分立: each of these roles stands alone on an account. */
    static final Set<String> ADMIN_ROLES = Set.of("SYSTEM_ADMIN", "SECURITY_ADMIN", "AUDIT_ADMIN");

    private final UserRepository users;
    private final RegionScopes scopes;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final RegionDirectory regions;

    UserManagement(UserRepository users, RegionScopes scopes, PasswordPolicy policy, PasswordEncoder encoder,
            AuditLog audit, RegionDirectory regions) {
        this.regions = regions;
        this.users = users;
        this.scopes = scopes;
        this.policy = policy;
        this.encoder = encoder;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public PageResult<UserAccount> list(UserQuery query) {
        RegionScope.SqlCondition scope = scopes.current().sql("u.region_code");
        return new PageResult<>(users.findAccounts(query, scope), query.page(), query.size(),
                users.countAccounts(query, scope));
    }

    @Transactional(readOnly = true)
    public UserAccount get(long id) {
        return visible(id);
    }

    @Transactional
    public CreatedUser create(UserCommand command) {
        String username = required(command.username(), "error.user.username-required").trim();
        String region = checkRegion(command.regionCode());
        List<String> roles = checkRoles(command.roles());
        String password = blank(command.password()) ? policy.generate() : command.password();
        policy.check(password, username);
        long id;
        try {
            id = users.insert(new UserRepository.NewUser(username, displayName(command), region,
                    encoder.encode(password), true, roles));
        }
        catch (DuplicateKeyException e) {
            throw new ConflictException("error.user.duplicate-username", username);
        }
        audit.record(AuditEntry.of(AuditActions.USER_CREATED).target("USER", String.valueOf(id)).region(region)
            .detail("roles=" + String.join(",", roles)));
        UserAccount account = users.findAccount(id).orElseThrow();
        return new CreatedUser(account, blank(command.password()) ? password : null);
    }

    @Transactional
    public UserAccount update(long id, UserCommand command) {
        UserAccount current = visible(id);
        String region = checkRegion(command.regionCode() == null ? current.regionCode() : command.regionCode());
        List<String> roles = command.roles() == null ? current.roles() : checkRoles(command.roles());
        if (!roles.equals(current.roles()) && current.id() == scopes.currentUser().id()) {
            throw new InvalidInputException("error.user.self-role-change");
        }
        int version = command.version() == null ? current.version() : command.version();
        boolean enabled = command.enabled() == null ? current.enabled() : command.enabled();
        String displayName = blank(command.displayName()) ? current.displayName() : command.displayName().trim();
        if (!users.update(id, version, displayName, region, enabled, roles)) {
            throw new ConflictException("error.user.stale-version", current.username());
        }
        audit.record(AuditEntry.of(enabled || !current.enabled() ? AuditActions.USER_UPDATED : AuditActions.USER_DISABLED)
            .target("USER", String.valueOf(id)).region(region).detail(changes(current, region, roles, enabled)));
        return users.findAccount(id).orElseThrow();
    }

    /** Sets a new generated password that the user must change at the next login. */
    @Transactional
    public String resetPassword(long id) {
        UserAccount account = visible(id);
        String password = policy.generate();
        users.setPassword(id, encoder.encode(password), true);
        audit.record(AuditEntry.of(AuditActions.PASSWORD_RESET).target("USER", String.valueOf(id)).region(account.regionCode()));
        return password;
    }

    @Transactional
    public void unlock(long id) {
        UserAccount account = visible(id);
        users.unlock(id);
        audit.record(AuditEntry.of(AuditActions.ACCOUNT_UNLOCKED).target("USER", String.valueOf(id))
            .region(account.regionCode()));
    }

    /** The signed-in user changes their own password; the old one must be given. */
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        TongxinUser me = scopes.currentUser();
        String hash = users.findPrincipal(me.getUsername()).map(TongxinUser::getPassword).orElseThrow();
        if (currentPassword == null || !encoder.matches(currentPassword, hash)) {
            throw new InvalidInputException("error.password.current-wrong");
        }
        if (encoder.matches(newPassword, hash)) {
            throw new InvalidInputException("error.password.unchanged");
        }
        policy.check(newPassword, me.getUsername());
        users.setPassword(me.id(), encoder.encode(newPassword), false);
        audit.record(AuditEntry.of(AuditActions.PASSWORD_CHANGED).target("USER", String.valueOf(me.id()))
            .region(me.region().value()));
    }

    public Map<String, String> roleNames() {
        return users.roleNames();
    }

    public List<RoleView> roles() {
        return users.roles();
    }

    private UserAccount visible(long id) {
        UserAccount account = users.findAccount(id)
            .orElseThrow(() -> new NotFoundException("error.user.not-found", id));
        scopes.current().requireVisible(account.regionCode(), "error.user.not-found", id);
        return account;
    }

    private String checkRegion(String regionCode) {
        RegionCode region = RegionCode.of(required(regionCode, "error.user.region-required"));
        if (!scopes.current().includes(region)) {
            throw new InvalidInputException("error.user.region-outside-scope", region.value());
        }
        if (!regions.exists(region)) {
            throw new InvalidInputException("error.region.not-found", region.value());
        }
        return region.value();
    }

    private List<String> checkRoles(List<String> requested) {
        if (requested == null || requested.isEmpty()) {
            throw new InvalidInputException("error.user.roles-required");
        }
        Set<String> known = users.roleNames().keySet();
        List<String> roles = new ArrayList<>(new java.util.TreeSet<>(requested));
        for (String role : roles) {
            if (!known.contains(role)) {
                throw new InvalidInputException("error.user.unknown-role", role);
            }
        }
        if (roles.size() > 1 && roles.stream().anyMatch(ADMIN_ROLES::contains)) {
            throw new InvalidInputException("error.user.admin-roles-exclusive");
        }
        return roles;
    }

    private static String changes(UserAccount before, String region, List<String> roles, boolean enabled) {
        List<String> changed = new ArrayList<>();
        if (!before.regionCode().equals(region)) {
            changed.add("region " + before.regionCode() + "->" + region);
        }
        if (!before.roles().equals(roles)) {
            changed.add("roles " + String.join(",", before.roles()) + "->" + String.join(",", roles));
        }
        if (before.enabled() != enabled) {
            changed.add("enabled " + before.enabled() + "->" + enabled);
        }
        return String.join("; ", changed);
    }

    private static String displayName(UserCommand command) {
        return blank(command.displayName()) ? command.username().trim() : command.displayName().trim();
    }

    private static String required(String value, String messageCode) {
        if (blank(value)) {
            throw new InvalidInputException(messageCode);
        }
        return value;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
