package io.tongxin.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import io.tongxin.audit.AuditActions;
import io.tongxin.audit.AuditEntry;
import io.tongxin.audit.AuditLog;
import io.tongxin.audit.AuditOutcome;
import io.tongxin.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

@SpringBootTest
@ActiveProfiles("test")
class AuditLogTests {

    @Autowired
    AuditLog auditLog;

    @Autowired
    AuditReading reading;

    @Autowired
    AuditEventRepository repository;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    @Test
    void recordsAndFindsByActorActionAndTimeNewestFirst() {
        String alice = unique("alice");
        for (int i = 0; i < 5; i++) {
            auditLog.record(alice, AuditEntry.of(AuditActions.LOGIN_FAILURE).outcome(AuditOutcome.FAILURE)
                .detail("try " + i));
        }
        auditLog.record(alice, AuditEntry.of(AuditActions.LOGOUT));
        auditLog.record(alice, AuditEntry.of(AuditActions.LOGOUT));
        auditLog.record(unique("bob"), AuditEntry.of(AuditActions.LOGIN_FAILURE));

        AuditPage all = reading.find(filter(alice, null, null, null), 0, 50);
        assertThat(all.totalElements()).isEqualTo(7);
        assertThat(all.content()).extracting(AuditEvent::actor).containsOnly(alice);
        assertThat(all.content()).extracting(AuditEvent::id).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(all.content().get(0).action()).isEqualTo("LOGOUT");

        AuditPage failures = reading.find(filter(alice, "LOGIN_FAILURE", null, null), 0, 50);
        assertThat(failures.totalElements()).isEqualTo(5);
        assertThat(failures.content().get(0).detail()).as("newest first").isEqualTo("try 4");

        AuditPage page0 = reading.find(filter(alice, null, null, null), 0, 3);
        AuditPage page2 = reading.find(filter(alice, null, null, null), 2, 3);
        assertThat(page0.content()).hasSize(3);
        assertThat(page0.totalElements()).isEqualTo(7);
        assertThat(page0.hasNext()).isTrue();
        assertThat(page2.content()).hasSize(1);
        assertThat(page2.content().get(0).detail()).as("oldest last").isEqualTo("try 0");
        assertThat(page2.hasNext()).isFalse();
        assertThat(page2.totalPages()).isEqualTo(3);

        LocalDateTime now = LocalDateTime.now(AuditEventRepository.DISPLAY_ZONE);
        assertThat(reading.find(filter(alice, null, now.minusHours(1).toString(), now.plusHours(1).toString()), 0, 50)
            .totalElements()).isEqualTo(7);
        String tomorrow = LocalDate.now(AuditEventRepository.DISPLAY_ZONE).plusDays(1).toString();
        assertThat(reading.find(filter(alice, null, tomorrow, null), 0, 50).totalElements()).isZero();
        String yesterday = LocalDate.now(AuditEventRepository.DISPLAY_ZONE).minusDays(1).toString();
        assertThat(reading.find(filter(alice, null, null, yesterday), 0, 50).totalElements()).isZero();
    }

    @Test
    void storesEveryFieldAndLinksToThePreviousRow() {
        String actor = unique("carol");
        // The test framework binds a mock request to every test thread; this event has none.
        RequestContextHolder.resetRequestAttributes();
        auditLog.record(actor, AuditEntry.of(AuditActions.USER_UPDATED).target("USER", "42").region("621022000000")
            .outcome(AuditOutcome.DENIED).detail("工作调动"));

        AuditEvent row = only(actor);
        assertThat(row.action()).isEqualTo("USER_UPDATED");
        assertThat(row.targetType()).isEqualTo("USER");
        assertThat(row.targetId()).isEqualTo("42");
        assertThat(row.regionCode()).isEqualTo("621022000000");
        assertThat(row.outcome()).isEqualTo(AuditOutcome.DENIED);
        assertThat(row.detail()).isEqualTo("工作调动");
        assertThat(row.clientIp()).as("no request, no address").isNull();
        assertThat(row.hash()).isEqualTo(AuditHash.of(row));
        String previous = jdbc.sql("SELECT hash FROM audit_event WHERE id < :id ORDER BY id DESC LIMIT 1")
            .param("id", row.id()).query(String.class).optional().orElse(AuditHash.GENESIS);
        assertThat(row.prevHash()).isEqualTo(previous);
    }

    @Test
    @WithMockUser(username = "audit-signed-in-user", authorities = "member:list")
    void actorIsTheSignedInUser() {
        String marker = unique("m");
        auditLog.record(AuditEntry.of(AuditActions.PASSWORD_CHANGED).detail(marker));
        assertThat(byDetail(marker).actor()).isEqualTo("audit-signed-in-user");
    }

    @Test
    void actorIsAnonymousWithoutAuthenticationOrName() {
        String marker = unique("m");
        auditLog.record(AuditEntry.of(AuditActions.LOGIN_FAILURE).detail(marker));
        auditLog.record("  ", AuditEntry.of(AuditActions.LOGIN_FAILURE).detail(marker + "b"));
        assertThat(byDetail(marker).actor()).isEqualTo(AuditLog.ANONYMOUS);
        assertThat(byDetail(marker + "b").actor()).isEqualTo(AuditLog.ANONYMOUS);
    }

    @Test
    void clientIpComesFromTheCurrentRequest() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("203.0.113.9");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            String marker = unique("m");
            auditLog.record("dave", AuditEntry.of(AuditActions.LOGIN_SUCCESS).detail(marker));
            assertThat(byDetail(marker).clientIp()).isEqualTo("203.0.113.9");
        }
        finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }

    @Test
    void overlongOrOddInputIsClippedNotFatal() {
        String actor = unique("x") + "y".repeat(300) + "\u0000";
        auditLog.record(actor, AuditEntry.of(AuditActions.LOGIN_FAILURE).detail("d".repeat(900)));
        AuditEvent row = only(actor.substring(0, 100));
        assertThat(row.detail()).hasSize(500);
        assertThat(row.hash()).isEqualTo(AuditHash.of(row));
    }

    @Test
    void anEventRecordedInARolledBackTransactionIsGone() {
        String actor = unique("erin");
        tx.executeWithoutResult(status -> {
            auditLog.record(actor, AuditEntry.of(AuditActions.USER_CREATED).target("USER", "7"));
            assertThat(count(actor)).as("visible inside the caller's transaction").isEqualTo(1);
            status.setRollbackOnly();
        });
        assertThat(count(actor)).isZero();

        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            auditLog.record(actor, AuditEntry.of(AuditActions.USER_CREATED));
            throw new IllegalStateException("the change failed");
        })).hasMessage("the change failed");
        assertThat(count(actor)).isZero();

        tx.executeWithoutResult(status -> auditLog.record(actor, AuditEntry.of(AuditActions.USER_CREATED)));
        assertThat(count(actor)).isEqualTo(1);
    }

    @Test
    void appendingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> repository.append("x", AuditEntry.of(AuditActions.LOGOUT), null))
            .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void recordingInAReadOnlyTransactionFailsClearly() {
        TransactionTemplate readOnly = new TransactionTemplate(tx.getTransactionManager());
        readOnly.setReadOnly(true);
        assertThatThrownBy(() -> readOnly.executeWithoutResult(
                status -> auditLog.record("ro", AuditEntry.of(AuditActions.SENSITIVE_REVEALED))))
            .isInstanceOf(IllegalStateException.class).hasMessageContaining("read-only");
    }

    @Test
    void entriesRejectMalformedCodes() {
        assertThatThrownBy(() -> AuditEntry.of("login success")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuditEntry.of(AuditActions.LOGOUT).region("6210"))
            .isInstanceOf(InvalidInputException.class);
        assertThat(AuditEntry.of(AuditActions.LOGOUT).outcome()).isEqualTo(AuditOutcome.SUCCESS);
    }

    @Test
    void pagingLimitsAreEnforced() {
        AuditFilter any = filter(null, null, null, null);
        assertThatThrownBy(() -> reading.find(any, 0, 201)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> reading.find(any, 0, 0)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> reading.find(any, -1, 50)).isInstanceOf(InvalidInputException.class);
        assertThat(reading.find(any, 0, 200).size()).isEqualTo(200);
    }

    private static AuditFilter filter(String actor, String action, String from, String to) {
        return new AuditFilter(actor, action, from, to);
    }

    private AuditEvent only(String actor) {
        List<AuditEvent> rows = reading.find(filter(actor, null, null, null), 0, 10).content();
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    private AuditEvent byDetail(String detail) {
        long id = jdbc.sql("SELECT id FROM audit_event WHERE detail = :d").param("d", detail)
            .query(Long.class).single();
        return repository.batchAfter(id - 1, 1).get(0);
    }

    private int count(String actor) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE actor = :a").param("a", actor)
            .query(Integer.class).single();
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
