package io.tongxin.security;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.tongxin.audit.AuditActions;
import io.tongxin.audit.AuditEntry;
import io.tongxin.audit.AuditLog;
import io.tongxin.audit.AuditOutcome;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Counts failed logins, locks accounts, and audits every login outcome. The counter and the audit
 * event change in one transaction. Form login and HTTP Basic both publish these events, so a
 * script cannot guess passwords faster than a browser.
 *
 * <p>An HTTP Basic client sends its password with every call, so every call "logs in". Recording
 * each as a login filled the audit log with one LOGIN_SUCCESS per API call and made concurrent
 * calls of one user queue on the update of their user row. A Basic caller's success is therefore
 * recorded once per {@link VerifiedPasswordCache#VALID_FOR} (per application instance), like a
 * session that lasts that long; form logins and every failure are always recorded.
 */
@Component
class LoginAuditor {

    private static final int MAX_ACTOR_LENGTH = 64;

    private final UserRepository users;
    private final AuditLog audit;
    private final SecurityProperties properties;
    private final Map<Long, Long> basicLoginRecordedAt = new ConcurrentHashMap<>();

    LoginAuditor(UserRepository users, AuditLog audit, SecurityProperties properties) {
        this.users = users;
        this.audit = audit;
        this.properties = properties;
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof TongxinUser user) {
            if (isHttpBasic() && recordedRecently(user.id())) {
                return;
            }
            users.recordSuccess(user.id());
            audit.record(user.getUsername(), AuditEntry.of(AuditActions.LOGIN_SUCCESS)
                .target("USER", String.valueOf(user.id())).region(user.region().value()));
        }
    }

    @EventListener
    @Transactional
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        String typed = typedUsername(event);
        audit.record(typed, AuditEntry.of(AuditActions.LOGIN_FAILURE).outcome(AuditOutcome.FAILURE)
            .detail(event.getException().getClass().getSimpleName()));
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            Instant until = Instant.now().plus(properties.lockDuration());
            if (users.recordFailure(typed, properties.maxFailedLogins(), until)) {
                audit.record(typed, AuditEntry.of(AuditActions.ACCOUNT_LOCKED).outcome(AuditOutcome.FAILURE)
                    .detail("failures=" + properties.maxFailedLogins()));
            }
        }
    }

    @EventListener
    @Transactional
    public void onLogout(LogoutSuccessEvent event) {
        if (event.getAuthentication() != null && event.getAuthentication().getPrincipal() instanceof TongxinUser user) {
            audit.record(user.getUsername(), AuditEntry.of(AuditActions.LOGOUT).target("USER", String.valueOf(user.id()))
                .region(user.region().value()));
        }
    }

    private boolean recordedRecently(long userId) {
        long now = System.nanoTime();
        Long last = basicLoginRecordedAt.get(userId);
        if (last != null && now - last < VerifiedPasswordCache.VALID_FOR.toNanos()) {
            return true;
        }
        basicLoginRecordedAt.put(userId, now);
        return false;
    }

    private static boolean isHttpBasic() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return false;
        }
        String header = attributes.getRequest().getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
    }

    private static String typedUsername(AbstractAuthenticationFailureEvent event) {
        String name = String.valueOf(event.getAuthentication().getName());
        return name.length() > MAX_ACTOR_LENGTH ? name.substring(0, MAX_ACTOR_LENGTH) : name;
    }
}
