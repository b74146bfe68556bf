package io.tongxin.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Security settings.
 *
 * @param rootRegion     region of the whole deployment; the first admin's scope
 * @param adminPassword  password of the first {@code admin} account; empty means generate one
 * @param maxFailedLogins failures in a row that lock an account
 * @param lockDuration   how long a locked account stays locked
 */
@ConfigurationProperties("tongxin.security")
public record SecurityProperties(
        @DefaultValue("620000000000") String rootRegion,
        String adminPassword,
        @DefaultValue("5") int maxFailedLogins,
        @DefaultValue("15m") Duration lockDuration) {
}
