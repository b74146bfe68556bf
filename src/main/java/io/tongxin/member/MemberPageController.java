package io.tongxin.member;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.tongxin.security.RegionScopes;
import io.tongxin.shared.PageResult;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The member list (search box, filters, sorting, paging; htmx swaps only the results and pushes
 * the address, so a search can be shared as a link) and the member page with its tabs.
 */
@Controller
@RequestMapping("/members")
class MemberPageController {

    private static final String HX_REQUEST = "HX-Request";
    private static final String HX_RESTORE = "HX-History-Restore-Request";

    private final MemberManagement members;
    private final MemberDetailPage detailPage;
    private final MemberOptions options;
    private final MemberLabels labels;
    private final RegionScopes scopes;

    MemberPageController(MemberManagement members, MemberDetailPage detailPage, MemberOptions options,
            MemberLabels labels, RegionScopes scopes) {
        this.members = members;
        this.detailPage = detailPage;
        this.options = options;
        this.labels = labels;
        this.scopes = scopes;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('member:list')")
    String list(@ModelAttribute("filter") MemberListParameters filter,
            @RequestHeader(name = HX_REQUEST, required = false) String htmx,
            @RequestHeader(name = HX_RESTORE, required = false) String restore, Model model) {
        PageResult<MemberSummary> result = members.list(filter.toQuery());
        String root = scopes.current().root().value();
        model.addAttribute("result", result);
        model.addAttribute("pageUrl", pageUrl(filter));
        model.addAttribute("exportUrl", pageUrl(filter).replaceFirst("^/members", "/api/v1/members/export"));
        model.addAttribute("canExport", scopes.currentUser().permissions().contains("member:export"));
        model.addAttribute("canImport", scopes.currentUser().permissions().contains("member:import"));
        model.addAttribute("scopeRoot", root);
        model.addAttribute("scopeName", labels.regionName(root));
        model.addAttribute("regionValue", MemberForm.blank(filter.regionCode()) ? root : filter.regionCode());
        model.addAttribute("filtered", filtered(filter));
        model.addAttribute("categories", options.categories());
        model.addAttribute("tiers", Tier.values());
        model.addAttribute("importances", Importance.values());
        model.addAttribute("statuses", MemberStatus.values());
        model.addAttribute("grades", List.of("A", "B", "C", "D"));
        model.addAttribute("platforms", options.items("platform"));
        model.addAttribute("positionTypes", options.items("position-type"));
        detailPage.permissions(model);
        return htmx != null && restore == null ? "member/list :: results" : "member/list";
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('member:view')")
    String detail(@PathVariable long id, @RequestParam(defaultValue = "basic") String tab, Model model) {
        return detailPage.render(id, tab, model);
    }

    /** The growth chart's data: one line per account, named by platform and handle. */
    @GetMapping(path = "/{id}/followers.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    @PreAuthorize("hasAuthority('member:view')")
    Map<String, Object> followers(@PathVariable long id) {
        Member member = members.get(id);
        Map<Long, List<FollowerPoint>> history = members.followerHistory(id);
        List<Map<String, Object>> series = member.accounts().stream()
            .map(a -> {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("name", labels.dict("platform", a.platformCode()) + " @" + a.handle());
                line.put("data", history.getOrDefault(a.id(), List.of()).stream()
                    .map(p -> List.<Object>of(p.on().toString(), p.followers())).toList());
                return line;
            })
            .toList();
        return Map.of("series", series);
    }

    /** The list's address with its filters and without the page, for the pagination links. */
    private static String pageUrl(MemberListParameters f) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/members");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("q", f.q());
        params.put("category", f.category());
        params.put("regionCode", f.regionCode());
        params.put("tier", f.tier());
        params.put("importance", f.importance());
        params.put("status", f.status());
        params.put("grade", f.grade());
        params.put("platform", f.platform());
        params.put("position", f.position());
        params.put("tag", f.tag());
        params.put("stale", f.stale());
        params.put("sort", f.sort());
        params.put("size", f.size());
        params.forEach((name, value) -> {
            if (value != null && !value.toString().isBlank()) {
                url.queryParam(name, value);
            }
        });
        return url.encode().build().toUriString();
    }

    /** Whether anything narrows the list, so that an empty result can say "try fewer filters". */
    private boolean filtered(MemberListParameters f) {
        String root = scopes.current().root().value();
        return !MemberForm.blank(f.q()) || !MemberForm.blank(f.category()) || f.tier() != null
                || f.importance() != null || f.status() != null || !MemberForm.blank(f.grade())
                || !MemberForm.blank(f.platform()) || !MemberForm.blank(f.position()) || Boolean.TRUE.equals(f.stale())
                || !MemberForm.blank(f.tag())
                || (!MemberForm.blank(f.regionCode()) && !f.regionCode().equals(root));
    }
}
