package io.tongxin.security;

import io.tongxin.shared.ForbiddenException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Where every module gets the current caller's region scope (and the caller) from. */
@Component
public class RegionScopes {

    /** The scope of the signed-in user. Fails closed: no user, no scope. */
    public RegionScope current() {
        return new RegionScope(currentUser().region());
    }

    public TongxinUser currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof TongxinUser user) {
            return user;
        }
        throw new ForbiddenException("error.403.detail");
    }
}
