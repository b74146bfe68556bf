package io.tongxin.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.tongxin.audit.AuditActions;
import io.tongxin.audit.AuditEntry;
import io.tongxin.audit.AuditLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The hash chain under load and under attack. Tampering happens inside a transaction that is
 * rolled back (the verifier joins it), with the append-only trigger bypassed by
 * {@code SET LOCAL session_replication_role = replica}; the shared test database is never left
 * broken for other tests.
 */
@SpringBootTest
@ActiveProfiles("test")
class AuditChainTests {

    @Autowired
    AuditLog auditLog;

    @Autowired
    AuditVerifier verifier;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditEventRepository repository;

    @Test
    void concurrentWritersBuildOneUnforkedChain() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        int threads = 8;
        int perThread = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String actor = "writer-" + run + "-" + t;
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < perThread; i++) {
                    auditLog.record(actor, AuditEntry.of(AuditActions.USER_UPDATED).target("USER", String.valueOf(i)));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get(2, TimeUnit.MINUTES); // rethrows any writer's failure, e.g. a fork refused by UNIQUE (prev_hash)
        }
        pool.shutdown();

        int written = jdbc.sql("SELECT count(*) FROM audit_event WHERE actor LIKE :p").param("p", "writer-" + run + "-%")
            .query(Integer.class).single();
        assertThat(written).isEqualTo(threads * perThread);

        VerificationResult result = verifier.verify();
        assertThat(result.ok()).as(String.valueOf(result.reason())).isTrue();
        assertThat(result.checked()).isGreaterThanOrEqualTo(threads * perThread);
        assertThat(result.brokenAt()).isNull();
        int total = jdbc.sql("SELECT count(*) FROM audit_event").query(Integer.class).single();
        assertThat(result.checked()).as("every row walked").isEqualTo(total);
    }

    @Test
    void manyWritesAcrossSeveralVerifierBatchesVerify() {
        tx.executeWithoutResult(status -> {
            for (int i = 0; i < AuditVerifier.BATCH + 10; i++) {
                auditLog.record("bulk", AuditEntry.of(AuditActions.MEMBER_EXPORTED).detail("n=" + i));
            }
            VerificationResult result = verifier.verify();
            assertThat(result.ok()).as(String.valueOf(result.reason())).isTrue();
            assertThat(result.checked()).isGreaterThan(AuditVerifier.BATCH);
            status.setRollbackOnly(); // keep the shared table small for the other tests
        });
    }

    @Test
    void aChangedDetailIsReportedAtThatRow() {
        long[] ids = threeEvents();
        VerificationResult result = tampered(() -> jdbc.sql("UPDATE audit_event SET detail = 'edited' WHERE id = :id")
            .param("id", ids[1]).update());

        assertThat(result.ok()).isFalse();
        assertThat(result.brokenAt()).isEqualTo(ids[1]);
        assertThat(result.reason()).contains("第 " + ids[1] + " 号记录").contains("哈希值不一致");
        assertThat(verifier.verify().ok()).as("rolled back: the chain is whole again").isTrue();
    }

    @Test
    void aChangedRowWithARecomputedHashBreaksTheNextLink() {
        long[] ids = threeEvents();
        VerificationResult result = tampered(() -> {
            AuditEvent row = rows(ids[1]);
            AuditEvent forged = new AuditEvent(row.id(), row.occurredAt(), row.actor(), row.action(), row.targetType(),
                    row.targetId(), row.regionCode(), row.clientIp(), row.outcome(), "edited", row.prevHash(), null);
            jdbc.sql("UPDATE audit_event SET detail = 'edited', hash = :h WHERE id = :id")
                .param("h", AuditHash.of(forged)).param("id", ids[1]).update();
        });

        assertThat(result.ok()).isFalse();
        assertThat(result.brokenAt()).isEqualTo(ids[2]);
        assertThat(result.reason()).contains("第 " + ids[2] + " 号").contains("第 " + ids[1] + " 号");
    }

    @Test
    void aDeletedRowInTheMiddleIsDetected() {
        long[] ids = threeEvents();
        VerificationResult result = tampered(() -> jdbc.sql("DELETE FROM audit_event WHERE id = :id")
            .param("id", ids[1]).update());

        assertThat(result.ok()).isFalse();
        assertThat(result.brokenAt()).isEqualTo(ids[2]);
        assertThat(result.reason()).contains("第 " + ids[0] + " 号").contains("删除");
    }

    @Test
    void deletingTheFirstRowsIsDetected() {
        threeEvents();
        long first = jdbc.sql("SELECT min(id) FROM audit_event").query(Long.class).single();
        long second = jdbc.sql("SELECT min(id) FROM audit_event WHERE id > :id").param("id", first)
            .query(Long.class).single();
        VerificationResult result = tampered(() -> jdbc.sql("DELETE FROM audit_event WHERE id = :id")
            .param("id", first).update());

        assertThat(result.ok()).isFalse();
        assertThat(result.brokenAt()).isEqualTo(second);
        assertThat(result.checked()).isEqualTo(1);
    }

    @Test
    void theTableRefusesUpdateDeleteAndTruncate() {
        long id = threeEvents()[0];
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET detail = 'x' WHERE id = :id").param("id", id).update())
            .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event WHERE id = :id").param("id", id).update())
            .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_event").update())
            .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThat(rows(id).detail()).isEqualTo("e0");
    }

    @Test
    void aSecondSuccessorOfOneRowIsRefused() {
        threeEvents();
        String head = jdbc.sql("SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1").query(String.class).single();
        String prevOfHead = jdbc.sql("SELECT prev_hash FROM audit_event ORDER BY id DESC LIMIT 1")
            .query(String.class).single();
        // A fork: another row claiming the same predecessor as the current head.
        // Rolled back whatever happens, so a failure here cannot break the shared chain.
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            status.setRollbackOnly();
            jdbc.sql("""
                    INSERT INTO audit_event (occurred_at, actor, action, outcome, prev_hash, hash)
                    VALUES (now(), 'forker', 'LOGOUT', 'SUCCESS', :prev, :hash)""")
                .param("prev", prevOfHead).param("hash", head).update();
        })).isInstanceOf(DuplicateKeyException.class);
    }

    /** Three committed events in a row; returns their ids in order. */
    private long[] threeEvents() {
        String actor = "chain-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 3; i++) {
            auditLog.record(actor, AuditEntry.of(AuditActions.PASSWORD_RESET).target("USER", "9").detail("e" + i));
        }
        return jdbc.sql("SELECT id FROM audit_event WHERE actor = :a ORDER BY id").param("a", actor)
            .query(Long.class).list().stream().mapToLong(Long::longValue).toArray();
    }

    private AuditEvent rows(long id) {
        return repository.batchAfter(id - 1, 1).get(0);
    }

    /** Applies the tampering, verifies, and rolls everything back. */
    private VerificationResult tampered(Runnable tampering) {
        return tx.execute(status -> {
            jdbc.sql("SET LOCAL session_replication_role = replica").update();
            tampering.run();
            status.setRollbackOnly();
            return verifier.verify();
        });
    }
}
