package io.tongxin.member;

import io.tongxin.shared.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The member registry in the side navigation: the first thing a clerk opens. */
@Configuration(proxyBeanMethods = false)
class MemberNavigation {

    @Bean
    NavigationEntry membersNavigation() {
        return new NavigationEntry("nav.members", "/members", "people", "member:list", 10);
    }
}
