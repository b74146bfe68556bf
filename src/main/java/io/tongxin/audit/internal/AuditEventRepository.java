package io.tongxin.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.tongxin.audit.AuditEntry;
import io.tongxin.audit.AuditOutcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Reads and appends rows of {@code audit_event}. Rows are never changed (a trigger enforces it). */
@Repository
public class AuditEventRepository {

    /**
     * Key of the transaction-scoped advisory lock that serializes writers, so each new row
     * links to the row committed just before it and the chain never forks. Arbitrary but fixed
     * ("txaudit1" in ASCII); no other code may use it.
     */
    static final long CHAIN_LOCK_KEY = 0x7478_6175_6469_7431L;

    static final ZoneId DISPLAY_ZONE = ZoneId.of("Asia/Shanghai");

    private static final String COLUMNS = "id, occurred_at, actor, action, target_type, target_id, region_code,"
            + " client_ip, outcome, detail, prev_hash, hash";

    private final JdbcClient jdbc;

    AuditEventRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Appends one event to the chain inside the caller's transaction. The advisory lock is
     * held until that transaction ends, so audited transactions queue behind each other from
     * here on: keep the work after an audit call short.
     */
    public long append(String actor, AuditEntry entry, String clientIp) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            // Outside a transaction the lock would be released before the insert: forks.
            throw new IllegalStateException("Audit events must be appended inside a transaction");
        }
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            // PostgreSQL would refuse the INSERT with a less helpful message.
            throw new IllegalStateException("Audit events cannot be recorded in a read-only transaction;"
                    + " make the auditing method's transaction read-write");
        }
        jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(:key)").param("key", CHAIN_LOCK_KEY)
            .query(Integer.class).single();
        // A new statement after the lock: under READ COMMITTED it sees the previous writer's row.
        Head head = jdbc.sql("SELECT clock_timestamp() AS now,"
                + " (SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1) AS head")
            .query((rs, n) -> new Head(rs.getObject("now", OffsetDateTime.class), rs.getString("head")))
            .single();
        String prevHash = head.hash() == null ? AuditHash.GENESIS : head.hash();
        String who = AuditText.clip(actor, 100);
        String targetType = AuditText.clip(entry.targetType(), 64);
        String targetId = AuditText.clip(entry.targetId(), 100);
        String ip = AuditText.clip(clientIp, 64);
        String detail = AuditText.clip(entry.detail(), 500);
        String hash = AuditHash.of(prevHash, head.now().toInstant(), who, entry.action(), targetType, targetId,
                entry.regionCode(), ip, entry.outcome(), detail);
        return jdbc.sql("""
                INSERT INTO audit_event (occurred_at, actor, action, target_type, target_id, region_code,
                                         client_ip, outcome, detail, prev_hash, hash)
                VALUES (:occurredAt, :actor, :action, :targetType, :targetId, :regionCode,
                        :clientIp, :outcome, :detail, :prevHash, :hash)
                RETURNING id""")
            .param("occurredAt", head.now())
            .param("actor", who)
            .param("action", entry.action())
            .param("targetType", targetType)
            .param("targetId", targetId)
            .param("regionCode", entry.regionCode())
            .param("clientIp", ip)
            .param("outcome", entry.outcome().name())
            .param("detail", detail)
            .param("prevHash", prevHash)
            .param("hash", hash)
            .query(Long.class).single();
    }

    /** Up to {@code limit} rows with id above {@code afterId}, in id (chain) order. */
    List<AuditEvent> batchAfter(long afterId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_event WHERE id > :after ORDER BY id LIMIT :limit")
            .param("after", afterId)
            .param("limit", limit)
            .query(AuditEventRepository::map)
            .list();
    }

    /** One page of events matching the query, newest first. */
    AuditPage find(AuditQuery query, int page, int size) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (query.actor() != null) {
            conditions.add("actor = :actor");
            params.put("actor", query.actor());
        }
        if (query.action() != null) {
            conditions.add("action = :action");
            params.put("action", query.action());
        }
        if (query.from() != null) {
            conditions.add("occurred_at >= :from");
            params.put("from", query.from().atOffset(ZoneOffset.UTC));
        }
        if (query.until() != null) {
            conditions.add("occurred_at < :until");
            params.put("until", query.until().atOffset(ZoneOffset.UTC));
        }
        // Only fixed fragments are joined into the SQL; every value is a bound parameter.
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        long total = jdbc.sql("SELECT count(*) FROM audit_event" + where).params(params)
            .query(Long.class).single();
        List<AuditEvent> content = jdbc.sql("SELECT " + COLUMNS + " FROM audit_event" + where
                + " ORDER BY occurred_at DESC, id DESC LIMIT :limit OFFSET :offset")
            .params(params)
            .param("limit", size)
            .param("offset", (long) page * size)
            .query(AuditEventRepository::map)
            .list();
        return new AuditPage(content, page, size, total);
    }

    private static AuditEvent map(ResultSet rs, int rowNum) throws SQLException {
        return new AuditEvent(rs.getLong("id"),
                rs.getObject("occurred_at", OffsetDateTime.class).atZoneSameInstant(DISPLAY_ZONE).toOffsetDateTime(),
                rs.getString("actor"), rs.getString("action"), rs.getString("target_type"),
                rs.getString("target_id"), rs.getString("region_code"), rs.getString("client_ip"),
                AuditOutcome.valueOf(rs.getString("outcome")), rs.getString("detail"),
                rs.getString("prev_hash"), rs.getString("hash"));
    }

    private record Head(OffsetDateTime now, String hash) {
    }
}
