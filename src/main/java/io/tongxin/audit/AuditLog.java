package io.tongxin.audit;

import io.tongxin.audit.internal.AuditEventRepository;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes the audit log. Call it inside the transaction that makes the change: the event joins
 * that transaction and commits or rolls back with it, so the log never claims a change that did
 * not happen nor misses one that did. A failure to write the event fails the change.
 * <p>
 * Writers queue on a database lock held until the surrounding transaction ends; keep the work
 * that follows an audit call in the same transaction short.
 * <p>
 * The surrounding transaction must be read-write (an audited read, such as revealing a sensitive
 * value, needs {@code @Transactional} without {@code readOnly}) and READ COMMITTED, PostgreSQL's
 * default. Under REPEATABLE READ or SERIALIZABLE a concurrent write can make the append fail
 * (the chain refuses to fork); it never corrupts the chain.
 */
@Service
public class AuditLog {

    /** Actor recorded when nobody is signed in. */
    public static final String ANONYMOUS = "anonymous";

    private final AuditEventRepository events;

    AuditLog(AuditEventRepository events) {
        this.events = events;
    }

    /** Records an event done by the signed-in user (or {@value #ANONYMOUS}). */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(AuditEntry entry) {
        events.append(currentActor(), entry, clientIp());
    }

    /** Records an event for an explicitly named actor, e.g. the username typed at a failed login. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String actor, AuditEntry entry) {
        events.append(actor == null || actor.isBlank() ? ANONYMOUS : actor.strip(), entry, clientIp());
    }

    private static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || auth.getName() == null
                || auth.getName().isBlank()) {
            return ANONYMOUS;
        }
        return auth.getName();
    }

    /** The caller's address; behind a proxy Boot's forward-headers strategy has already applied. */
    private static String clientIp() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            return servlet.getRequest().getRemoteAddr();
        }
        return null;
    }
}
