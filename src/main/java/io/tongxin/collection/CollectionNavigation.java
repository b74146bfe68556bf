package io.tongxin.collection;

import io.tongxin.shared.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 信息采集 in the side navigation: the campaigns page, which leads to the review queue. */
@Configuration(proxyBeanMethods = false)
class CollectionNavigation {

    @Bean
    NavigationEntry collectionNavigationEntry() {
        return new NavigationEntry("collection.nav", "/collection/campaigns", "clipboard-check", "collection:review", 20);
    }
}
