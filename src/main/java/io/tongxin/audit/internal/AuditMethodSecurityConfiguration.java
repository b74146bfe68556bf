package io.tongxin.audit.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * TEMPORARY: switches on {@code @PreAuthorize} until the security module does so for the whole
 * application. Delete this class when merging that module (two {@code @EnableMethodSecurity}
 * would register the method interceptors twice).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class AuditMethodSecurityConfiguration {
}
