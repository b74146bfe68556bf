package io.tongxin.dictionary.internal;

import io.tongxin.shared.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The dictionaries page in the side navigation, for the system admin. */
@Configuration(proxyBeanMethods = false)
class DictionaryNavigation {

    @Bean
    NavigationEntry dictionariesNavigation() {
        return new NavigationEntry("nav.dictionaries", "/dictionaries", "book", "dict:manage", 85);
    }
}
