package io.tongxin.livestream.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import io.tongxin.audit.AuditActions;
import io.tongxin.audit.AuditEntry;
import io.tongxin.audit.AuditLog;
import io.tongxin.member.Member;
import io.tongxin.member.MemberManagement;
import io.tongxin.personaldata.SensitiveDataProtector;
import io.tongxin.region.RegionCode;
import io.tongxin.region.RegionDirectory;
import io.tongxin.region.RegionLevel;
import io.tongxin.security.RegionScope;
import io.tongxin.security.RegionScopes;
import io.tongxin.shared.ConflictException;
import io.tongxin.shared.FieldViolation;
import io.tongxin.shared.InvalidFieldsException;
import io.tongxin.shared.InvalidInputException;
import io.tongxin.shared.NotFoundException;
import io.tongxin.shared.PageResult;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Villages, streamer assignments and schedules, inside the caller's region scope (a village
 * outside it is "not found"). Changes are audited, and so is revealing a village contact's phone.
 */
@Service
public class ProgrammeManagement {

    /** May see a village contact's phone in clear (with a reason); granted by V70. */
    public static final String SENSITIVE_VIEW = "livestream:sensitive:view";

    private final VillageStore villages;
    private final StreamerStore streamers;
    private final ScheduleStore schedules;
    private final MemberManagement members;
    private final RegionDirectory regions;
    private final RegionScopes scopes;
    private final AuditLog audit;
    private final SensitiveDataProtector protector;

    ProgrammeManagement(VillageStore villages, StreamerStore streamers, ScheduleStore schedules,
            MemberManagement members, RegionDirectory regions, RegionScopes scopes, AuditLog audit,
            SensitiveDataProtector protector) {
        this.villages = villages;
        this.streamers = streamers;
        this.schedules = schedules;
        this.members = members;
        this.regions = regions;
        this.scopes = scopes;
        this.audit = audit;
        this.protector = protector;
    }

    @Transactional
    public EnrolledVillage enrol(VillageRequest request) {
        validate(request, true);
        if (!villages.insert(request, actor())) {
            throw new ConflictException("livestream.error.village-enrolled", villageName(request.villageCode()));
        }
        audit.record(AuditEntry.of(AuditActions.LIVESTREAM_VILLAGE_CHANGED).target("LIVESTREAM_VILLAGE",
                request.villageCode()).region(request.villageCode()).detail("enrolled"));
        return villages.find(request.villageCode()).orElseThrow();
    }

    @Transactional
    public EnrolledVillage updateVillage(VillageRequest request) {
        validate(request, false);
        village(request.villageCode());
        if (request.version() == null || !villages.update(request, request.version(), actor())) {
            throw new ConflictException("livestream.error.stale");
        }
        audit.record(AuditEntry.of(AuditActions.LIVESTREAM_VILLAGE_CHANGED).target("LIVESTREAM_VILLAGE",
                request.villageCode()).region(request.villageCode()).detail("updated" + (request.isClearContactPhone()
                        ? "; contact phone cleared" : request.contactPhone() != null ? "; contact phone replaced" : "")));
        return villages.find(request.villageCode()).orElseThrow();
    }

    /**
     * The clear contact phone of a village in the caller's scope, for a stated reason (at least two
     * characters), audited in the same transaction as {@code SENSITIVE_REVEALED}. A village outside
     * the scope is "not found", like every other village read.
     */
    @Transactional
    @PreAuthorize("hasAuthority('" + SENSITIVE_VIEW + "')")
    public String revealContactPhone(String code, String reason) {
        if (reason == null || reason.strip().length() < 2) {
            throw new InvalidInputException("livestream.error.reveal-reason-required");
        }
        scopes.current().requireVisible(code, "livestream.error.village-not-found", code);
        String cipher = villages.contactPhoneCipher(code)
            .orElseThrow(() -> new NotFoundException("livestream.error.village-not-found", code))
            .orElseThrow(() -> new NotFoundException("livestream.error.no-contact-phone", villageName(code)));
        String phone = protector.decrypt(cipher);
        audit.record(AuditEntry.of(AuditActions.SENSITIVE_REVEALED).target("LIVESTREAM_VILLAGE", code).region(code)
            .detail("field=CONTACT_PHONE; reason=" + reason.strip()));
        return phone;
    }

    @Transactional(readOnly = true)
    public EnrolledVillage village(String code) {
        scopes.current().requireVisible(code, "livestream.error.village-not-found", code);
        return villages.find(code).orElseThrow(() -> new NotFoundException("livestream.error.village-not-found", code));
    }

    @Transactional(readOnly = true)
    public PageResult<EnrolledVillage> villages(RegionCode region, boolean withoutStreamer, int page, int size) {
        return villages.list(region, withoutStreamer, Math.max(page, 0), size <= 0 ? 20 : Math.min(size, 200));
    }

    @Transactional(readOnly = true)
    public List<EnrolledVillage> allVillages() {
        return villages.all(scopes.current().root());
    }

    /**
     * Makes the member (who needs an online account) serve the village from {@code startedOn}.
     * The member must be visible to the caller, the village enrolled and in scope.
     */
    @Transactional
    public Assignment assign(Long memberId, String villageCode, LocalDate startedOn) {
        List<FieldViolation> errors = new ArrayList<>();
        if (memberId == null) {
            errors.add(new FieldViolation("memberId", "livestream.error.streamer-required"));
        }
        if (villageCode == null) {
            errors.add(new FieldViolation("villageCode", "livestream.error.village-required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
        village(villageCode);
        Member member = streamer(memberId);
        if (!streamers.assign(villageCode, member.id(), startedOn == null ? LocalDate.now(Sql.ZONE) : startedOn,
                actor())) {
            throw new ConflictException("livestream.error.already-assigned", member.name(), villageName(villageCode));
        }
        audit.record(AuditEntry.of(AuditActions.LIVESTREAM_ASSIGNMENT_CHANGED).target("MEMBER",
                String.valueOf(member.id())).region(villageCode).detail("assigned"));
        return streamers.assignmentsOf(member.id()).stream()
            .filter(a -> a.current() && a.villageCode().equals(villageCode)).findFirst().orElseThrow();
    }

    @Transactional
    public void endAssignment(long id, LocalDate endedOn) {
        Assignment assignment = streamers.assignment(id)
            .filter(a -> scopes.current().includes(a.villageCode()))
            .orElseThrow(() -> new NotFoundException("livestream.error.assignment-not-found", id));
        if (!streamers.end(id, endedOn == null ? LocalDate.now(Sql.ZONE) : endedOn)) {
            throw new ConflictException("livestream.error.assignment-ended");
        }
        audit.record(AuditEntry.of(AuditActions.LIVESTREAM_ASSIGNMENT_CHANGED).target("MEMBER",
                String.valueOf(assignment.streamerId())).region(assignment.villageCode()).detail("ended"));
    }

    @Transactional(readOnly = true)
    public List<Assignment> assignments(RegionCode region, boolean currentOnly) {
        return streamers.assignments(region, currentOnly);
    }

    @Transactional(readOnly = true)
    public List<StreamerStore.StreamerRef> streamersServing(RegionCode region) {
        return streamers.serving(region);
    }

    @Transactional
    public Schedule addSchedule(ScheduleRequest r) {
        List<FieldViolation> errors = new ArrayList<>();
        if (r.streamerId() == null) {
            errors.add(new FieldViolation("streamerId", "livestream.error.streamer-required"));
        }
        if (r.villageCode() == null) {
            errors.add(new FieldViolation("villageCode", "livestream.error.village-required"));
        }
        if (r.weekdays().isEmpty() || r.weekdays().stream().anyMatch(d -> d == null || d < 1 || d > 7)) {
            errors.add(new FieldViolation("weekdays", "livestream.error.weekdays"));
        }
        LocalTime starts = r.startsAt();
        if (starts == null || r.endsAt() == null || !r.endsAt().isAfter(starts)) {
            errors.add(new FieldViolation("endsAt", "livestream.error.slot-times"));
        }
        if (r.kind() == null) {
            errors.add(new FieldViolation("kind", "livestream.error.kind-required"));
        }
        if (r.title() != null && r.title().length() > 100) {
            errors.add(new FieldViolation("title", "livestream.error.too-long", 100));
        }
        if (r.validTo() != null && r.validFrom() != null && r.validTo().isBefore(r.validFrom())) {
            errors.add(new FieldViolation("validTo", "livestream.error.valid-to"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
        village(r.villageCode());
        Member member = streamer(r.streamerId());
        ScheduleRequest complete = r.validFrom() != null ? r : new ScheduleRequest(r.streamerId(), r.villageCode(),
                r.weekdays(), r.startsAt(), r.endsAt(), r.kind(), r.title(), LocalDate.now(Sql.ZONE), r.validTo());
        long id = schedules.insert(complete, actor());
        audit.record(AuditEntry.of(AuditActions.LIVESTREAM_SCHEDULE_CHANGED).target("LIVESTREAM_SCHEDULE",
                String.valueOf(id)).region(r.villageCode()).detail("added; streamer=" + member.id()));
        return schedules.find(id).orElseThrow();
    }

    @Transactional
    public void endSchedule(long id, LocalDate on) {
        Schedule schedule = schedules.find(id).filter(s -> scopes.current().includes(s.villageCode()))
            .orElseThrow(() -> new NotFoundException("livestream.error.schedule-not-found", id));
        schedules.end(id, on == null ? LocalDate.now(Sql.ZONE) : on);
        audit.record(AuditEntry.of(AuditActions.LIVESTREAM_SCHEDULE_CHANGED).target("LIVESTREAM_SCHEDULE",
                String.valueOf(id)).region(schedule.villageCode()).detail("ended"));
    }

    @Transactional(readOnly = true)
    public List<Schedule> schedules(RegionCode region, LocalDate from, LocalDate to) {
        return schedules.list(region, from, to);
    }

    /** The member as a streamer: visible to the caller and with an online account; registered as streamer. */
    Member streamer(long memberId) {
        Member member;
        try {
            member = members.get(memberId);
        }
        catch (NotFoundException e) {
            throw new InvalidFieldsException(List.of(new FieldViolation("memberId",
                    "livestream.error.streamer-not-found", memberId)));
        }
        if (member.accounts().isEmpty()) {
            throw new InvalidFieldsException(List.of(new FieldViolation("memberId",
                    "livestream.error.streamer-without-account", member.name())));
        }
        streamers.ensure(member.id(), member.name(), member.regionCode());
        return member;
    }

    private void validate(VillageRequest r, boolean creating) {
        List<FieldViolation> errors = new ArrayList<>();
        RegionScope scope = scopes.current();
        if (r.villageCode() == null) {
            errors.add(new FieldViolation("villageCode", "livestream.error.village-required"));
        }
        else if (!r.villageCode().matches("\\d{12}") || !regions.exists(RegionCode.of(r.villageCode()))
                || RegionCode.of(r.villageCode()).level() != RegionLevel.VILLAGE) {
            errors.add(new FieldViolation("villageCode", "livestream.error.not-a-village"));
        }
        else if (!scope.includes(r.villageCode())) {
            errors.add(new FieldViolation("villageCode", "livestream.error.village-outside-scope"));
        }
        if (r.enrolledOn() == null) {
            errors.add(new FieldViolation("enrolledOn", "livestream.error.enrolled-on-required"));
        }
        else if (r.enrolledOn().isAfter(LocalDate.now(Sql.ZONE))) {
            errors.add(new FieldViolation("enrolledOn", "livestream.error.date-in-future"));
        }
        if (r.contactName() != null && r.contactName().length() > 64) {
            errors.add(new FieldViolation("contactName", "livestream.error.too-long", 64));
        }
        if (r.contactPhone() != null && !r.contactPhone().matches("[0-9+\\- ]{5,20}")) {
            errors.add(new FieldViolation("contactPhone", "livestream.error.phone"));
        }
        else if (!creating && r.contactPhone() != null && r.isClearContactPhone()) {
            errors.add(new FieldViolation("contactPhone", "livestream.error.phone-and-clear"));
        }
        if (r.notes() != null && r.notes().length() > 500) {
            errors.add(new FieldViolation("notes", "livestream.error.too-long", 500));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
    }

    private String villageName(String code) {
        return regions.find(RegionCode.of(code)).map(r -> r.name()).orElse(code);
    }

    private String actor() {
        return scopes.currentUser().getUsername();
    }
}
