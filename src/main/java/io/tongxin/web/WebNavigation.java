package io.tongxin.web;

import io.tongxin.shared.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The shell's own navigation entry: the home page, first for everyone signed in. */
@Configuration(proxyBeanMethods = false)
class WebNavigation {

    @Bean
    NavigationEntry homeNavigation() {
        return new NavigationEntry("nav.home", "/", "house", null, 0);
    }
}
