package io.tongxin.member;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.tongxin.shared.ConflictException;
import io.tongxin.shared.IfMatch;
import io.tongxin.shared.InvalidInputException;
import io.tongxin.shared.PageResult;
import io.tongxin.shared.PreconditionFailedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The members API. Scope is applied by {@link MemberManagement}; permissions here. */
@RestController
@RequestMapping("/api/v1/members")
class MemberApiController {

    private final MemberManagement members;

    MemberApiController(MemberManagement members) {
        this.members = members;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('member:list')")
    MemberPage list(MemberListParameters parameters) {
        return MemberPage.of(members.list(parameters.toQuery()));
    }

    /** Possible duplicates of the person being entered (same name + birth date, phone, or account). */
    @GetMapping("/duplicates")
    @PreAuthorize("hasAuthority('member:list')")
    List<PossibleDuplicate> duplicates(@RequestParam(required = false) String name,
            @RequestParam(required = false) LocalDate birthDate, @RequestParam(required = false) String phone,
            @RequestParam(required = false) String platform, @RequestParam(required = false) String handle,
            @RequestParam(required = false) Long excludeId) {
        return members.possibleDuplicates(name, birthDate, phone, platform, handle, excludeId);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('member:edit')")
    Member register(@RequestBody MemberRequest request) {
        return members.register(request.toData(), ChangeSource.MANUAL);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('member:view')")
    ResponseEntity<Member> get(@PathVariable long id) {
        Member member = members.get(id);
        return ResponseEntity.ok().eTag("\"" + member.version() + "\"").body(member);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('member:edit')")
    Member update(@PathVariable long id, @RequestBody MemberRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        if (ifMatch == null) {
            if (request.version() == null) {
                throw new InvalidInputException("error.member.version-required");
            }
            return members.update(id, request.toData(), request.version(), ChangeSource.MANUAL);
        }
        try {
            return members.update(id, request.toData(), IfMatch.version(ifMatch), ChangeSource.MANUAL);
        }
        catch (ConflictException e) {
            if ("error.member.stale-version".equals(e.messageCode())) {
                throw new PreconditionFailedException(e.messageCode(), e.arguments());
            }
            throw e;
        }
    }

    @PostMapping("/{id}/status")
    @PreAuthorize("hasAuthority('member:edit')")
    Member changeStatus(@PathVariable long id, @RequestBody StatusRequest request) {
        if (request.status() == null || request.version() == null) {
            throw new InvalidInputException("error.member.status-required");
        }
        return members.changeStatus(id, request.status(), request.on(), request.reason(), request.version());
    }

    @PostMapping("/{id}/verify")
    @PreAuthorize("hasAuthority('member:edit')")
    Member verify(@PathVariable long id) {
        return members.verify(id);
    }

    @GetMapping("/{id}/history")
    @PreAuthorize("hasAuthority('member:view')")
    List<MemberChange> history(@PathVariable long id) {
        return members.history(id);
    }

    @PostMapping("/{id}/accounts")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('member:edit')")
    OnlineAccount addAccount(@PathVariable long id, @RequestBody AccountData account) {
        return members.addAccount(id, account);
    }

    @PostMapping("/{id}/accounts/{accountId}/snapshots")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAuthority('member:edit')")
    void recordFollowers(@PathVariable long id, @PathVariable long accountId, @RequestBody SnapshotRequest request) {
        if (request.followers() == null) {
            throw new InvalidInputException("error.member.followers-required");
        }
        members.recordFollowers(id, accountId, request.on() == null ? LocalDate.now() : request.on(),
                request.followers());
    }

    @GetMapping("/{id}/followers")
    @PreAuthorize("hasAuthority('member:view')")
    Map<Long, List<FollowerPoint>> followers(@PathVariable long id) {
        return members.followerHistory(id);
    }

    @PostMapping("/{id}/reveal")
    @PreAuthorize("hasAuthority('member:sensitive:view')")
    Map<String, String> reveal(@PathVariable long id, @RequestBody RevealRequest request) {
        if (request.field() == null) {
            throw new InvalidInputException("error.member.reveal-field-required");
        }
        return Map.of("field", request.field().name(), "value", members.reveal(id, request.field(), request.reason()));
    }

    @PostMapping("/merge")
    @PreAuthorize("hasAuthority('member:edit')")
    Member merge(@RequestBody MergeRequest request) {
        if (request.keepId() == null || request.mergeId() == null || request.keepVersion() == null
                || request.mergeVersion() == null) {
            throw new InvalidInputException("error.member.merge-incomplete");
        }
        return members.merge(request.keepId(), request.keepVersion(), request.mergeId(), request.mergeVersion());
    }

    record StatusRequest(MemberStatus status, LocalDate on, String reason, Integer version) {
    }

    record SnapshotRequest(LocalDate on, Long followers) {
    }

    record RevealRequest(SensitiveField field, String reason) {
    }

    record MergeRequest(Long keepId, Integer keepVersion, Long mergeId, Integer mergeVersion) {
    }

    /** The list response: {@code {items, total, page, size}}. */
    record MemberPage(List<MemberSummary> items, long total, int page, int size) {

        static MemberPage of(PageResult<MemberSummary> result) {
            return new MemberPage(result.content(), result.totalElements(), result.page(), result.size());
        }
    }
}
