package io.tongxin.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import io.tongxin.region.RegionCode;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user. Authorities are the permission codes of all roles plus {@code ROLE_<code>}
 * for each role, so both {@code hasAuthority('member:list')} and {@code hasRole('CITY_ADMIN')} work.
 */
public final class TongxinUser implements UserDetails, CredentialsContainer {

    private final long id;
    private final String username;
    private final String displayName;
    private final String regionCode;
    private final List<RoleRef> roles;
    private final Set<String> permissions;
    private final boolean enabled;
    private final Instant lockedUntil;
    private final boolean mustChangePassword;
    private String passwordHash;

    TongxinUser(long id, String username, String displayName, String regionCode, String passwordHash,
            List<RoleRef> roles, Set<String> permissions, boolean enabled, Instant lockedUntil,
            boolean mustChangePassword) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.regionCode = regionCode;
        this.passwordHash = passwordHash;
        this.roles = List.copyOf(roles);
        this.permissions = Set.copyOf(permissions);
        this.enabled = enabled;
        this.lockedUntil = lockedUntil;
        this.mustChangePassword = mustChangePassword;
    }

    public long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public RegionCode region() {
        return RegionCode.of(regionCode);
    }

    public List<RoleRef> roles() {
        return roles;
    }

    public Set<String> permissions() {
        return permissions;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        permissions.forEach(p -> authorities.add(new SimpleGrantedAuthority(p)));
        roles.forEach(r -> authorities.add(new SimpleGrantedAuthority("ROLE_" + r.code())));
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return lockedUntil == null || lockedUntil.isBefore(Instant.now());
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
