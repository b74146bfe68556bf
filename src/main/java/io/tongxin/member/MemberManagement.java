package io.tongxin.member;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.tongxin.audit.AuditActions;
import io.tongxin.audit.AuditEntry;
import io.tongxin.audit.AuditLog;
import io.tongxin.member.internal.MemberStore;
import io.tongxin.member.internal.AccountStore;
import io.tongxin.member.internal.DuplicateFinder;
import io.tongxin.member.internal.MemberExporter;
import io.tongxin.member.internal.MemberMerger;
import io.tongxin.member.internal.MemberRow;
import io.tongxin.member.internal.PhotoStore;
import io.tongxin.personaldata.IdNumber;
import io.tongxin.personaldata.PhoneNumber;
import io.tongxin.region.RegionCode;
import io.tongxin.security.RegionScope;
import io.tongxin.security.RegionScopes;
import io.tongxin.shared.ForbiddenException;
import io.tongxin.shared.InvalidInputException;
import io.tongxin.shared.NotFoundException;
import io.tongxin.shared.PageResult;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The member registry's API for other modules and the controllers. Every call works inside the
 * caller's region scope: a member outside it is "not found".
 */
@Service
public class MemberManagement {

    private final MemberStore store;
    private final AccountStore accounts;
    private final MemberMerger merger;
    private final DuplicateFinder duplicates;
    private final PhotoStore photos;
    private final MemberExporter exporter;
    private final RegionScopes scopes;
    private final AuditLog audit;

    MemberManagement(MemberStore store, AccountStore accounts, MemberMerger merger, DuplicateFinder duplicates,
            PhotoStore photos, MemberExporter exporter, RegionScopes scopes, AuditLog audit) {
        this.store = store;
        this.exporter = exporter;
        this.photos = photos;
        this.duplicates = duplicates;
        this.merger = merger;
        this.accounts = accounts;
        this.scopes = scopes;
        this.audit = audit;
    }

    @Transactional
    public Member register(MemberData data, ChangeSource source) {
        return store.register(data, scopes.current(), actor(), source);
    }

    /**
     * Saves a new version. {@code expectedVersion} is the version the editor saw: a stale one is
     * refused (409). An empty ID number or phone means "unchanged" (forms only show them masked).
     */
    @Transactional
    public Member update(long id, MemberData data, int expectedVersion, ChangeSource source) {
        return store.update(id, data, expectedVersion, scopes.current(), actor(), source);
    }

    /**
     * Checks a record as {@link #register} would, inside {@code region} (a campaign's or an
     * import's scope), without saving anything: every field error at once as an
     * {@link io.tongxin.shared.InvalidFieldsException}. Needs no signed-in user.
     */
    public void check(MemberData data, RegionCode region) {
        store.check(data, new RegionScope(region));
    }

    /**
     * The member with this ID number in the caller's scope, if any. A holder outside the scope is a
     * 409 that names only the region which registered them.
     */
    @Transactional(readOnly = true)
    public Optional<Member> findByIdNumber(IdNumber idNumber) {
        return store.findByIdNumber(idNumber, scopes.current());
    }

    /**
     * True when the member (in the caller's scope) has this phone on record, compared by keyed hash,
     * never by mask (a corrected middle digit leaves the mask as it was).
     */
    @Transactional(readOnly = true)
    public boolean hasPhone(long id, PhoneNumber phone) {
        return store.hasPhone(id, phone, scopes.current());
    }

    /**
     * Who holds a platform account (platform code, handle as on the platform, case ignored), when
     * that member lies in the caller's scope; empty otherwise.
     */
    @Transactional(readOnly = true)
    public Optional<AccountHolder> findAccountHolder(String platformCode, String handle) {
        return store.findAccountHolder(platformCode, handle, scopes.current());
    }

    @Transactional(readOnly = true)
    public Member get(long id) {
        return store.get(id, scopes.current());
    }

    @Transactional(readOnly = true)
    public PageResult<MemberSummary> list(MemberQuery query) {
        return store.list(query, scopes.current());
    }

    @Transactional(readOnly = true)
    public List<MemberChange> history(long id) {
        return store.history(id, scopes.current());
    }

    @Transactional
    public Member changeStatus(long id, MemberStatus status, LocalDate on, String reason, int expectedVersion) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("error.member.status-reason-required");
        }
        return store.changeStatus(id, status, on == null ? LocalDate.now() : on, reason.strip(), expectedVersion,
                scopes.current(), actor());
    }

    /** Confirms the record is still correct today (dynamic management: records go stale after 12 months). */
    @Transactional
    public Member verify(long id) {
        return store.verify(id, scopes.current(), actor());
    }

    /**
     * The clear value of a sensitive field, for a stated reason. The caller's permission is checked
     * by the controller ({@code member:sensitive:view}); the reveal is audited here, in the same
     * transaction, whoever calls.
     */
    @Transactional
    public String reveal(long id, SensitiveField field, String reason) {
        if (reason == null || reason.strip().length() < 2) {
            throw new InvalidInputException("error.member.reveal-reason-required");
        }
        MemberRow member = store.stored(id, scopes.current());
        String value = store.clearValue(member, field);
        audit.record(AuditEntry.of(AuditActions.SENSITIVE_REVEALED).target("MEMBER", String.valueOf(id))
            .region(member.regionCode()).detail("field=" + field + "; reason=" + reason.strip()));
        return value;
    }

    @Transactional
    public OnlineAccount addAccount(long memberId, AccountData account) {
        return accounts.add(store.stored(memberId, scopes.current()), account, actor());
    }

    @Transactional
    public void recordFollowers(long memberId, long accountId, LocalDate on, long followers) {
        accounts.recordFollowers(store.stored(memberId, scopes.current()), accountId, on, followers, actor());
    }

    /** Follower counts over time per account id, oldest first, for the growth chart. */
    @Transactional(readOnly = true)
    public Map<Long, List<FollowerPoint>> followerHistory(long memberId) {
        return accounts.followerHistory(store.stored(memberId, scopes.current()).id());
    }

    /**
     * Combines two records of the same person (see {@code MemberMerger}); the second one is removed
     * and its history continues on the first. Audited.
     */
    @Transactional
    public Member merge(long keepId, int keepVersion, long mergeId, int mergeVersion) {
        merger.merge(keepId, keepVersion, mergeId, mergeVersion, scopes.current(), actor());
        Member kept = store.get(keepId, scopes.current());
        audit.record(AuditEntry.of(AuditActions.MEMBER_MERGED).target("MEMBER", String.valueOf(keepId))
            .region(kept.regionCode()).detail("merged=" + mergeId));
        return kept;
    }

    /** Records in scope that may be this person, shown while creating or editing (not a refusal). */
    @Transactional(readOnly = true)
    public List<PossibleDuplicate> possibleDuplicates(String name, LocalDate birthDate, String phone,
            String platform, String handle, Long excludeId) {
        return duplicates.find(name, birthDate, phone, platform, handle, excludeId, scopes.current());
    }

    @Transactional
    public void savePhoto(long id, byte[] bytes) {
        photos.save(store.stored(id, scopes.current()), bytes, actor());
    }

    @Transactional(readOnly = true)
    public boolean hasPhoto(long id) {
        store.stored(id, scopes.current());
        return photos.exists(id);
    }

    @Transactional(readOnly = true)
    public MemberPhoto photo(long id) {
        store.stored(id, scopes.current());
        return photos.find(id).orElseThrow(() -> new NotFoundException("error.member.no-photo", id));
    }

    /**
     * Streams the members the query finds to an .xlsx file: masked unless {@code sensitive}, which
     * needs {@code member:export:sensitive} and a reason. Audited with the row count, whoever calls.
     */
    @Transactional
    public int export(MemberQuery query, boolean sensitive, String reason, OutputStream out) {
        if (sensitive) {
            if (!scopes.currentUser().permissions().contains("member:export:sensitive")) {
                throw new ForbiddenException("error.member.export-sensitive-denied");
            }
            if (reason == null || reason.strip().length() < 2) {
                throw new InvalidInputException("error.member.export-reason-required");
            }
        }
        int rows = exporter.export(query, scopes.current(), sensitive, actor(), out);
        audit.record(AuditEntry.of(AuditActions.MEMBER_EXPORTED).target("MEMBER", "list")
            .region(scopes.current().root().value())
            .detail("rows=" + rows + "; sensitive=" + sensitive + (sensitive ? "; reason=" + reason.strip() : "")));
        return rows;
    }

    private String actor() {
        return scopes.currentUser().getUsername();
    }
}
