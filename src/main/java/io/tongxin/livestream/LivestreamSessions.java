package io.tongxin.livestream;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.tongxin.audit.AuditActions;
import io.tongxin.audit.AuditEntry;
import io.tongxin.audit.AuditLog;
import io.tongxin.livestream.internal.RegionArgument;
import io.tongxin.livestream.internal.SessionStore;
import io.tongxin.livestream.internal.SessionValidator;
import io.tongxin.livestream.internal.ValidSession;
import io.tongxin.member.Member;
import io.tongxin.security.RegionScope;
import io.tongxin.security.RegionScopes;
import io.tongxin.shared.ConflictException;
import io.tongxin.shared.NotFoundException;
import io.tongxin.shared.PageResult;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records, changes, lists and removes live sessions inside the caller's region scope (a session
 * belongs to the scope of its first village). The pre-aggregates follow in the same transaction
 * (a database trigger), so every figure always equals the sum over the sessions.
 *
 * <p>{@link #recordBatch} is the seam for the session file import: it records a batch
 * idempotently, so importing the same file twice creates nothing the second time.
 */
@Service
public class LivestreamSessions {

    private final SessionStore store;
    private final SessionValidator validator;
    private final RegionArgument regionArgument;
    private final RegionScopes scopes;
    private final AuditLog audit;

    LivestreamSessions(SessionStore store, SessionValidator validator, RegionArgument regionArgument,
            RegionScopes scopes, AuditLog audit) {
        this.store = store;
        this.validator = validator;
        this.regionArgument = regionArgument;
        this.scopes = scopes;
        this.audit = audit;
    }

    /**
     * Records one session. A session recorded before (same platform session id, or same account
     * and start time) is refused with a 409.
     */
    @Transactional
    public Session record(SessionData data, SessionSource source) {
        RegionScope scope = scopes.current();
        ValidSession valid = validator.validate(data, scope, new HashMap<>());
        long id = store.insertIfNew(valid, source, actor())
            .orElseThrow(() -> new ConflictException("livestream.error.duplicate-session"));
        audit.record(AuditEntry.of(AuditActions.LIVESTREAM_SESSION_CHANGED).target("LIVESTREAM_SESSION",
                String.valueOf(id)).region(valid.regionCode()).detail("recorded; source=" + source));
        return store.find(id, scope).orElseThrow();
    }

    /**
     * Records a batch in one transaction, skipping sessions recorded before: deduplicated by the
     * platform's session id when given, else by account and start time (also within the batch).
     * Any invalid session refuses the whole batch (an {@link io.tongxin.shared.InvalidFieldsException}
     * whose field names are prefixed with the session's position, e.g. {@code [3].gmv}).
     */
    @Transactional
    public SessionBatchResult recordBatch(List<SessionData> batch, SessionSource source) {
        RegionScope scope = scopes.current();
        Map<Long, Member> members = new HashMap<>();
        List<ValidSession> valid = new ArrayList<>();
        List<io.tongxin.shared.FieldViolation> errors = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            try {
                valid.add(validator.validate(batch.get(i), scope, members));
            }
            catch (io.tongxin.shared.InvalidFieldsException e) {
                for (var v : e.violations()) {
                    errors.add(new io.tongxin.shared.FieldViolation("[" + i + "]." + v.field(), v.messageCode(),
                            v.arguments()));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new io.tongxin.shared.InvalidFieldsException(errors);
        }
        int created = 0;
        List<Integer> skipped = new ArrayList<>();
        for (int i = 0; i < valid.size(); i++) {
            Optional<Long> id = store.insertIfNew(valid.get(i), source, actor());
            if (id.isPresent()) {
                created++;
            }
            else {
                skipped.add(i);
            }
        }
        audit.record(AuditEntry.of(AuditActions.LIVESTREAM_SESSIONS_IMPORTED).target("LIVESTREAM_SESSION", "batch")
            .region(scope.root().value())
            .detail("created=" + created + "; skipped=" + skipped.size() + "; source=" + source));
        return new SessionBatchResult(created, skipped.size(), List.copyOf(skipped));
    }

    /** Replaces a session's values; {@code expectedVersion} is the version the editor saw (409 if stale). */
    @Transactional
    public Session update(long id, SessionData data, int expectedVersion) {
        RegionScope scope = scopes.current();
        get(id);
        ValidSession valid = validator.validate(data, scope, new HashMap<>());
        if (valid.platformSessionId() != null
                && store.referenceTaken(valid.platformCode(), valid.platformSessionId(), id)
                || store.startTaken(valid.accountId(), valid.startedAt(), id)) {
            throw new ConflictException("livestream.error.duplicate-session");
        }
        if (!store.update(id, expectedVersion, valid, actor())) {
            throw new ConflictException("livestream.error.stale");
        }
        audit.record(AuditEntry.of(AuditActions.LIVESTREAM_SESSION_CHANGED).target("LIVESTREAM_SESSION",
                String.valueOf(id)).region(valid.regionCode()).detail("updated"));
        return store.find(id, scope).orElseThrow();
    }

    @Transactional
    public void delete(long id) {
        Session session = get(id);
        store.delete(id);
        audit.record(AuditEntry.of(AuditActions.LIVESTREAM_SESSION_CHANGED).target("LIVESTREAM_SESSION",
                String.valueOf(id)).region(session.regionCode()).detail("deleted"));
    }

    @Transactional(readOnly = true)
    public Session get(long id) {
        return store.find(id, scopes.current())
            .orElseThrow(() -> new NotFoundException("livestream.error.session-not-found", id));
    }

    @Transactional(readOnly = true)
    public PageResult<Session> list(SessionQuery query) {
        regionArgument.resolve(query.regionCode());
        return store.list(query, scopes.current());
    }

    private String actor() {
        return scopes.currentUser().getUsername();
    }
}
