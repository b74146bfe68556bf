package io.tongxin.audit.internal;

import io.tongxin.shared.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The audit module's contributions to the shell. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    NavigationEntry auditNavigation() {
        return new NavigationEntry("audit.nav", "/audit", "journal-text", "audit:read", 90);
    }
}
