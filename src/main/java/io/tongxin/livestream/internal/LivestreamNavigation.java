package io.tongxin.livestream.internal;

import io.tongxin.shared.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 村村播 in the side navigation, after the member registry. */
@Configuration(proxyBeanMethods = false)
class LivestreamNavigation {

    @Bean
    NavigationEntry livestreamNavigationEntry() {
        return new NavigationEntry("nav.livestream", "/livestream", "broadcast", "livestream:view", 30);
    }
}
