package io.tongxin.member.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.tongxin.member.AccountHolder;
import io.tongxin.member.ChangeSource;
import io.tongxin.member.Member;
import io.tongxin.member.MemberChange;
import io.tongxin.member.MemberData;
import io.tongxin.member.MemberQuery;
import io.tongxin.member.MemberStatus;
import io.tongxin.member.MemberSummary;
import io.tongxin.member.SensitiveField;
import io.tongxin.personaldata.IdNumber;
import io.tongxin.personaldata.Masking;
import io.tongxin.personaldata.PhoneNumber;
import io.tongxin.personaldata.SensitiveDataProtector;
import io.tongxin.region.RegionCode;
import io.tongxin.region.RegionDirectory;
import io.tongxin.security.RegionScope;
import io.tongxin.shared.ConflictException;
import io.tongxin.shared.NotFoundException;
import io.tongxin.shared.PageResult;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Member records: one person, one record; encrypted sensitive values; optimistic versions;
 * a history row for every changed field. Callers pass the scope they act in.
 */
@Component
public class MemberStore {

    private final MemberRepository members;
    private final MemberValidator validator;
    private final ChangeHistory history;
    private final MemberSearch search;
    private final SensitiveDataProtector protector;
    private final RegionDirectory regions;
    private final MemberViews views;

    MemberStore(MemberRepository members, MemberValidator validator, ChangeHistory history, MemberSearch search,
            SensitiveDataProtector protector, RegionDirectory regions, MemberViews views) {
        this.members = members;
        this.validator = validator;
        this.history = history;
        this.search = search;
        this.protector = protector;
        this.regions = regions;
        this.views = views;
    }

    public Member register(MemberData data, RegionScope scope, String actor, ChangeSource source) {
        return get(insert(data, scope, actor, source), scope);
    }

    /** {@link #register} without reading the new record back: what an import of many rows needs. */
    public long insert(MemberData data, RegionScope scope, String actor, ChangeSource source) {
        ValidMember valid = validator.validate(data, scope);
        SensitiveValues sensitive = protect(valid);
        refuseDuplicate(sensitive.idHmac(), null, scope);
        long id;
        try {
            id = members.insert(valid, sensitive, actor);
        }
        catch (DuplicateKeyException race) {
            refuseDuplicate(sensitive.idHmac(), null, scope);
            throw race;
        }
        members.replacePositions(id, valid.positions());
        history.record(id, null, valid.historyView(sensitive.idMasked(), sensitive.phoneMasked()), actor, source);
        return id;
    }

    public Member update(long id, MemberData data, int expectedVersion, RegionScope scope, String actor,
            ChangeSource source) {
        MemberRow current = stored(id, scope);
        ValidMember before = views.asValid(current, members.positions(id));
        MemberData complete = keepUnchangedSensitive(data, current);
        ValidMember valid = validator.validate(complete, scope);
        SensitiveValues sensitive = protect(valid);
        refuseDuplicate(sensitive.idHmac(), id, scope);
        if (current.version() != expectedVersion || !members.update(id, expectedVersion, valid, sensitive, actor)) {
            throw new ConflictException("error.member.stale-version", current.name());
        }
        members.replacePositions(id, valid.positions());
        history.record(id, before.historyView(current.idMasked(), current.phoneMasked()),
                valid.historyView(sensitive.idMasked(), sensitive.phoneMasked()), actor, source);
        return get(id, scope);
    }

    public Member changeStatus(long id, MemberStatus status, LocalDate on, String reason, int expectedVersion,
            RegionScope scope, String actor) {
        MemberRow current = stored(id, scope);
        if (!members.changeStatus(id, expectedVersion, status, on, reason, actor)) {
            throw new ConflictException("error.member.stale-version", current.name());
        }
        history.write(id, "status", current.status().name(), status.name() + " " + on + " " + reason, actor,
                ChangeSource.MANUAL);
        return get(id, scope);
    }

    public Member verify(long id, RegionScope scope, String actor) {
        MemberRow current = stored(id, scope);
        members.touchVerified(id, actor);
        history.write(id, "lastVerifiedOn", String.valueOf(current.lastVerifiedOn()), LocalDate.now().toString(),
                actor, ChangeSource.MANUAL);
        return get(id, scope);
    }

    /** A new record checked and its sensitive values protected, ready for {@link MemberBulkWriter}. */
    record NewMember(ValidMember valid, SensitiveValues sensitive) {
    }

    /**
     * Checks a new record and protects its sensitive values without writing it; the caller has
     * checked the ID number against the registry (the unique index stays the last guard).
     */
    NewMember prepareNew(MemberData data, RegionScope scope) {
        ValidMember valid = validator.validate(data, scope);
        return new NewMember(valid, protect(valid));
    }

    /** The HMAC the registry keys an ID number by. */
    String idHmac(IdNumber idNumber) {
        return protector.hmac(idNumber.value());
    }

    /** Validates a record as {@link #register} would, every field error at once, and saves nothing. */
    public void check(MemberData data, RegionScope scope) {
        validator.validate(data, scope);
    }

    /**
     * The member holding an ID number, when it lies in the scope. A holder outside the scope is
     * refused as a duplicate naming only its region, exactly as a registration would be.
     */
    public Optional<Member> findByIdNumber(IdNumber idNumber, RegionScope scope) {
        var holder = members.holderOfIdNumber(protector.hmac(idNumber.value()));
        if (holder.isEmpty()) {
            return Optional.empty();
        }
        if (!scope.includes(holder.get().getValue())) {
            refuseDuplicate(protector.hmac(idNumber.value()), null, scope);
        }
        return Optional.of(get(holder.get().getKey(), scope));
    }

    /** The member and account behind a platform handle, when the member lies in the scope. */
    public Optional<AccountHolder> findAccountHolder(String platformCode, String handle, RegionScope scope) {
        return members.accountHolder(platformCode, handle)
            .filter(holder -> scope.includes(holder.getValue()))
            .map(holder -> new AccountHolder(holder.getKey()[0], holder.getKey()[1]));
    }

    /**
     * True when the member (in the scope) has this phone on record. Compared by keyed hash: the
     * masks of two numbers that differ only in the middle digits are the same.
     */
    public boolean hasPhone(long id, PhoneNumber phone, RegionScope scope) {
        stored(id, scope);
        return members.phoneHmacIs(id, protector.hmac(phone.e164()));
    }

    public Member get(long id, RegionScope scope) {
        MemberRow row = stored(id, scope);
        return views.member(row, members.positions(id), members.accounts(id));
    }

    public PageResult<MemberSummary> list(MemberQuery query, RegionScope scope) {
        return search.search(query, scope).map(views::summary);
    }

    public List<MemberChange> history(long id, RegionScope scope) {
        stored(id, scope);
        return history.of(id);
    }

    /** The stored row if it exists and lies in the scope; otherwise the same 404 either way. */
    public MemberRow stored(long id, RegionScope scope) {
        MemberRow row = members.find(id).orElseThrow(() -> new NotFoundException("error.member.not-found", id));
        scope.requireVisible(row.regionCode(), "error.member.not-found", id);
        return row;
    }

    public String clearValue(MemberRow row, SensitiveField field) {
        String cipher = field == SensitiveField.ID_NUMBER ? row.idCipher() : row.phoneCipher();
        if (cipher == null) {
            throw new NotFoundException("error.member.no-sensitive-value");
        }
        return protector.decrypt(cipher);
    }

    private MemberData keepUnchangedSensitive(MemberData data, MemberRow current) {
        boolean keepId = blank(data.idNumber()) && current.idCipher() != null;
        boolean keepPhone = blank(data.phone()) && current.phoneCipher() != null;
        if (!keepId && !keepPhone) {
            return data;
        }
        return new MemberData(data.name(), data.gender(), data.ethnicity(), data.birthDate(),
                keepId ? protector.decrypt(current.idCipher()) : data.idNumber(),
                keepPhone ? protector.decrypt(current.phoneCipher()) : data.phone(), data.nativePlace(),
                data.education(), data.politicalAffiliation(), data.employer(), data.position(),
                data.address(), data.categoryCodes(), data.regionCode(), data.tier(), data.importance(), data.tags(),
                data.notes(), data.positions());
    }

    private SensitiveValues protect(ValidMember m) {
        String idValue = m.idNumber() == null ? null : m.idNumber().value();
        String phone = m.phone() == null ? null : m.phone().e164();
        return new SensitiveValues(
                idValue == null ? null : protector.encrypt(idValue),
                idValue == null ? null : protector.hmac(idValue),
                idValue == null ? null : Masking.maskIdNumber(m.idNumber()),
                phone == null ? null : protector.encrypt(m.phone().national()),
                phone == null ? null : protector.hmac(phone),
                phone == null ? null : m.phone().lastFour(),
                phone == null ? null : Masking.maskPhone(m.phone()));
    }

    /**
     * One person, one record. When the holder lies outside the caller's scope, say only which
     * region registered them, so the caller knows whom to contact, and nothing else.
     */
    private void refuseDuplicate(String idHmac, Long self, RegionScope scope) {
        if (idHmac == null) {
            return;
        }
        members.holderOfIdNumber(idHmac).filter(holder -> !holder.getKey().equals(self)).ifPresent(holder -> {
            if (scope.includes(holder.getValue())) {
                throw new ConflictException("error.member.duplicate-id-in-scope", holder.getKey());
            }
            String region = regions.find(RegionCode.of(holder.getValue())).map(r -> r.pathName())
                .orElse(holder.getValue());
            throw new ConflictException("error.member.duplicate-id-elsewhere", region);
        });
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
