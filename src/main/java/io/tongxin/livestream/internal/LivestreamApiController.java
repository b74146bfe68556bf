package io.tongxin.livestream.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.tongxin.livestream.LivestreamSessions;
import io.tongxin.livestream.Session;
import io.tongxin.livestream.SessionData;
import io.tongxin.livestream.SessionQuery;
import io.tongxin.livestream.SessionSource;
import io.tongxin.shared.PageResult;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The 村村播 API. Region scope is applied by the services; permissions here. */
@RestController
@RequestMapping("/api/v1/livestream")
class LivestreamApiController {

    private final LivestreamSessions sessions;
    private final LivestreamFigures figures;
    private final ProgrammeManagement programme;
    private final ScheduleSlots slots;
    private final RegionArgument regionArgument;

    LivestreamApiController(LivestreamSessions sessions, LivestreamFigures figures, ProgrammeManagement programme,
            ScheduleSlots slots, RegionArgument regionArgument) {
        this.sessions = sessions;
        this.figures = figures;
        this.programme = programme;
        this.slots = slots;
        this.regionArgument = regionArgument;
    }

    @GetMapping("/summary")
    @PreAuthorize("hasAuthority('livestream:view')")
    Summary summary(@RequestParam(required = false) String regionCode,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
        return figures.summary(regionCode, from, to);
    }

    /** The overview's chart data: by month, by child region, by platform, and the top lists. */
    @GetMapping("/figures")
    @PreAuthorize("hasAuthority('livestream:view')")
    Map<String, Object> figures(@RequestParam(required = false) String regionCode,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("months", figures.byMonth(regionCode, from, to, null).entrySet().stream()
            .map(e -> Map.of("month", e.getKey().toString().substring(0, 7), "totals", e.getValue())).toList());
        body.put("regions", figures.byChildRegion(regionCode, from, to));
        body.putAll(figures.breakdowns(regionCode, from, to));
        return body;
    }

    @GetMapping("/sessions")
    @PreAuthorize("hasAuthority('livestream:view')")
    PageResult<Session> sessions(@RequestParam(required = false) String regionCode,
            @RequestParam(required = false) Long streamer, @RequestParam(required = false) String platform,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return sessions.list(new SessionQuery(regionCode, streamer, platform, from, to, page, size));
    }

    @PostMapping("/sessions")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('livestream:edit')")
    Session record(@RequestBody SessionData data) {
        return sessions.record(data, SessionSource.FORM);
    }

    @GetMapping("/sessions/{id}")
    @PreAuthorize("hasAuthority('livestream:view')")
    Session session(@PathVariable long id) {
        return sessions.get(id);
    }

    @PutMapping("/sessions/{id}")
    @PreAuthorize("hasAuthority('livestream:edit')")
    Session update(@PathVariable long id, @RequestParam int version, @RequestBody SessionData data) {
        return sessions.update(id, data, version);
    }

    @DeleteMapping("/sessions/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAuthority('livestream:edit')")
    void delete(@PathVariable long id) {
        sessions.delete(id);
    }

    @GetMapping("/villages")
    @PreAuthorize("hasAuthority('livestream:view')")
    PageResult<EnrolledVillage> villages(@RequestParam(required = false) String regionCode,
            @RequestParam(defaultValue = "false") boolean withoutStreamer,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return programme.villages(regionArgument.resolve(regionCode), withoutStreamer, page, size);
    }

    @PostMapping("/villages")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('livestream:edit')")
    EnrolledVillage enrol(@RequestBody VillageRequest request) {
        return programme.enrol(request);
    }

    /**
     * Replaces the enrolment. The contact phone is write-only: omitted or blank keeps the stored
     * number, a value replaces it, {@code "clearContactPhone": true} removes it.
     */
    @PutMapping("/villages/{code}")
    @PreAuthorize("hasAuthority('livestream:edit')")
    EnrolledVillage updateVillage(@PathVariable String code, @RequestBody VillageRequest request) {
        return programme.updateVillage(request.forVillage(code));
    }

    /** The clear contact phone for a reason ({@code {"reason": "..."}}); audited. */
    @PostMapping("/villages/{code}/reveal")
    @PreAuthorize("hasAuthority('" + ProgrammeManagement.SENSITIVE_VIEW + "')")
    Map<String, String> revealContactPhone(@PathVariable String code,
            @RequestBody(required = false) RevealRequest request) {
        return Map.of("field", "CONTACT_PHONE",
                "value", programme.revealContactPhone(code, request == null ? null : request.reason()));
    }

    @GetMapping("/assignments")
    @PreAuthorize("hasAuthority('livestream:view')")
    List<Assignment> assignments(@RequestParam(required = false) String regionCode,
            @RequestParam(defaultValue = "false") boolean currentOnly) {
        return programme.assignments(regionArgument.resolve(regionCode), currentOnly);
    }

    @PostMapping("/assignments")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('livestream:edit')")
    Assignment assign(@RequestBody AssignmentRequest request) {
        return programme.assign(request.memberId(), request.villageCode(), request.startedOn());
    }

    @PostMapping("/assignments/{id}/end")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAuthority('livestream:edit')")
    void endAssignment(@PathVariable long id, @RequestParam(required = false) LocalDate on) {
        programme.endAssignment(id, on);
    }

    @GetMapping("/schedules")
    @PreAuthorize("hasAuthority('livestream:view')")
    List<Schedule> schedules(@RequestParam(required = false) String regionCode) {
        return programme.schedules(regionArgument.resolve(regionCode), null, null);
    }

    @PostMapping("/schedules")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('livestream:edit')")
    Schedule addSchedule(@RequestBody ScheduleRequest request) {
        return programme.addSchedule(request);
    }

    @PostMapping("/schedules/{id}/end")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAuthority('livestream:edit')")
    void endSchedule(@PathVariable long id, @RequestParam(required = false) LocalDate on) {
        programme.endSchedule(id, on);
    }

    /** Each scheduled slot in [from, to] (default: the last 14 days) held by a session or missed. */
    @GetMapping("/schedules/slots")
    @PreAuthorize("hasAuthority('livestream:view')")
    List<Slot> slots(@RequestParam(required = false) String regionCode,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
        return slots.slots(regionArgument.resolve(regionCode), from, to);
    }

    record AssignmentRequest(Long memberId, String villageCode, LocalDate startedOn) {
    }

    record RevealRequest(String reason) {
    }
}
