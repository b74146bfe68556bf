package io.tongxin.member.internal;

import java.util.List;

import io.tongxin.member.MemberData;
import io.tongxin.member.SensitiveField;
import io.tongxin.personaldata.IdNumber;
import io.tongxin.personaldata.PhoneNumber;
import io.tongxin.shared.DomainException;

/**
 * An import row as the record it would make: a new member, or the stored member with the row's
 * filled cells laid over it. Empty cells and absent columns keep what is stored, and a clear ID
 * number or phone equal to the stored one counts as no change, so an export uploaded again changes
 * nothing.
 */
final class MemberOverlay {

    private final MemberStore store;
    private final MemberRepository members;

    MemberOverlay(MemberStore store, MemberRepository members) {
        this.store = store;
        this.members = members;
    }

    static MemberData newData(ImportedMember m) {
        return new MemberData(m.name(), m.gender(), m.ethnicity(), m.birthDate(), m.idNumber(), m.phone(), null,
                m.education(), m.politicalAffiliation(), m.employer(), m.position(), null, m.categoryCodes(),
                m.regionCode(), m.tier(), m.importance(), List.of(), m.notes(), List.of());
    }

    /** The stored record as an update that changes nothing (sensitive values: keep). */
    MemberData toData(MemberRow r) {
        return new MemberData(r.name(), r.gender(), r.ethnicity(), r.birthDate(), null, null, r.nativePlace(),
                r.education(), r.politicalAffiliation(), r.employer(), r.position(), r.address(),
                sorted(r.categoryCodes()), r.regionCode(), r.tier(), r.importance(), r.tags(), r.notes(),
                members.positions(r.id()));
    }

    /** The stored record with the row's filled cells laid over it. */
    MemberData overlay(ImportedMember m, MemberRow r, IdNumber idNumber) {
        String newId = idNumber == null || sameId(r, idNumber) ? null : idNumber.value();
        String newPhone = m.phone() == null || samePhone(r, m.phone()) ? null : m.phone();
        return new MemberData(or(m.name(), r.name()), or(m.gender(), r.gender()), or(m.ethnicity(), r.ethnicity()),
                or(m.birthDate(), r.birthDate()), newId, newPhone, r.nativePlace(),
                or(m.education(), r.education()), or(m.politicalAffiliation(), r.politicalAffiliation()),
                or(m.employer(), r.employer()), or(m.position(), r.position()), r.address(),
                sorted(m.categoryCodes() == null || m.categoryCodes().isEmpty() ? r.categoryCodes()
                        : m.categoryCodes()),
                or(m.regionCode(), r.regionCode()), or(m.tier(), r.tier()), or(m.importance(), r.importance()),
                r.tags(), or(m.notes(), r.notes()), members.positions(r.id()));
    }

    private boolean sameId(MemberRow r, IdNumber idNumber) {
        return r.idCipher() != null && store.clearValue(r, SensitiveField.ID_NUMBER).equals(idNumber.value());
    }

    private boolean samePhone(MemberRow r, String phone) {
        if (r.phoneCipher() == null) {
            return false;
        }
        try {
            return PhoneNumber.parse(store.clearValue(r, SensitiveField.PHONE)).equals(PhoneNumber.parse(phone));
        }
        catch (DomainException unparsable) {
            return false;
        }
    }

    private static List<String> sorted(List<String> codes) {
        return codes == null ? List.of() : codes.stream().sorted().toList();
    }

    private static <T> T or(T value, T stored) {
        return value != null ? value : stored;
    }
}
