package io.tongxin.security;

import io.tongxin.shared.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The security module's place in the side navigation. */
@Configuration(proxyBeanMethods = false)
class SecurityNavigation {

    @Bean
    NavigationEntry usersNavigation() {
        return new NavigationEntry("nav.users", "/users", "person-gear", "user:manage", 80);
    }

    /** The security admin unlocks accounts from the same list (the two admin roles never meet on one account). */
    @Bean
    NavigationEntry unlockNavigation() {
        return new NavigationEntry("nav.users", "/users", "person-gear", "user:unlock", 81);
    }
}
