package io.tongxin.livestream.internal;

import java.time.LocalDate;
import java.util.List;

import io.tongxin.member.MemberManagement;
import io.tongxin.member.MemberQuery;
import io.tongxin.member.MemberSummary;
import io.tongxin.region.Region;
import io.tongxin.region.RegionCode;
import io.tongxin.region.RegionDirectory;
import io.tongxin.security.RegionScopes;
import io.tongxin.shared.DomainException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Streamers and their villages: who serves which village now, the history, and the assignment
 * form (find the member by name or pinyin with htmx, pick an enrolled village, a start date).
 */
@Controller
class StreamerPageController {

    private final ProgrammeManagement programme;
    private final MemberManagement members;
    private final RegionScopes scopes;
    private final PageErrors pageErrors;
    private final RegionDirectory regions;
    private final LivestreamFigures figures;

    StreamerPageController(ProgrammeManagement programme, MemberManagement members, RegionScopes scopes,
            PageErrors pageErrors, RegionDirectory regions, LivestreamFigures figures) {
        this.figures = figures;
        this.regions = regions;
        this.programme = programme;
        this.members = members;
        this.scopes = scopes;
        this.pageErrors = pageErrors;
    }

    @GetMapping("/livestream/streamers")
    @PreAuthorize("hasAuthority('livestream:view')")
    String list(Model model) {
        List<Assignment> all = programme.assignments(scopes.current().root(), false);
        model.addAttribute("current", all.stream().filter(Assignment::current).toList());
        model.addAttribute("ended", all.stream().filter(a -> !a.current()).toList());
        model.addAttribute("villages", programme.allVillages());
        model.addAttribute("today", LocalDate.now(Sql.ZONE));
        model.addAttribute("canEdit", scopes.currentUser().permissions().contains("livestream:edit"));
        model.addAttribute("section", "streamers");
        return "livestream/streamers";
    }

    /** Members matching the search, for the assignment form (htmx fragment). */
    @GetMapping("/livestream/streamers/candidates")
    @PreAuthorize("hasAuthority('livestream:edit')")
    String candidates(@RequestParam(defaultValue = "") String q, Model model) {
        List<MemberSummary> found = q.isBlank() ? List.of() : members.list(new MemberQuery(q.strip(), null, null,
                null, null, null, null, null, null, null, null, null, 0, 10)).content();
        model.addAttribute("candidates", found.stream().map(m -> new Candidate(m.id(), m.name(),
                regions.find(RegionCode.of(m.regionCode())).map(Region::pathName).orElse(m.regionCode()))).toList());
        model.addAttribute("q", q);
        return "livestream/streamers :: candidates";
    }

    /** A streamer's GMV and sessions per month over the last two years, for the member tab's chart. */
    @GetMapping(path = "/livestream/streamers/{id}/months.json", produces = "application/json")
    @org.springframework.web.bind.annotation.ResponseBody
    @PreAuthorize("hasAuthority('livestream:view')")
    java.util.List<java.util.Map<String, Object>> months(@PathVariable long id) {
        members.get(id);
        LocalDate today = LocalDate.now(Sql.ZONE);
        return figures.byMonth(null, today.minusYears(2).withDayOfMonth(1), today, id).entrySet().stream()
            .map(e -> java.util.Map.<String, Object>of("month", e.getKey().toString().substring(0, 7),
                    "gmv", e.getValue().gmv(), "sessions", e.getValue().sessions()))
            .toList();
    }

    /** A member found by the search: id, name and where the registry keeps them. */
    record Candidate(long id, String name, String regionPath) {
    }

    @PostMapping("/livestream/assignments")
    @PreAuthorize("hasAuthority('livestream:edit')")
    String assign(@RequestParam(required = false) Long memberId, @RequestParam(required = false) String villageCode,
            @RequestParam(required = false) LocalDate startedOn, Model model, RedirectAttributes redirect) {
        try {
            programme.assign(memberId, villageCode == null || villageCode.isBlank() ? null : villageCode, startedOn);
            redirect.addFlashAttribute("flashSuccess", "livestream.streamer.assigned");
            return "redirect:/livestream/streamers";
        }
        catch (DomainException e) {
            model.addAttribute("errors", pageErrors.of(e));
            return list(model);
        }
    }

    @PostMapping("/livestream/assignments/{id}/end")
    @PreAuthorize("hasAuthority('livestream:edit')")
    String end(@PathVariable long id, RedirectAttributes redirect) {
        programme.endAssignment(id, LocalDate.now(Sql.ZONE));
        redirect.addFlashAttribute("flashSuccess", "livestream.streamer.ended");
        return "redirect:/livestream/streamers";
    }
}
