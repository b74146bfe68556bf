package io.tongxin.security;

import io.tongxin.region.RegionDirectory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts {@code currentUser} into every page's model for the layout's user menu. */
@ControllerAdvice
class CurrentUserAdvice {

    private final RegionDirectory regions;

    CurrentUserAdvice(RegionDirectory regions) {
        this.regions = regions;
    }

    @ModelAttribute("currentUser")
    CurrentUserView currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof TongxinUser user)) {
            return null;
        }
        String regionName = regions.find(user.region()).map(r -> r.pathName()).orElse(user.region().value());
        return new CurrentUserView(user.getUsername(), user.displayName(),
                user.roles().stream().map(RoleRef::name).toList(), user.region().value(), regionName);
    }
}
