package io.tongxin.livestream.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.tongxin.dictionary.Dictionaries;
import io.tongxin.dictionary.DictionaryItem;
import io.tongxin.livestream.LivestreamSessions;
import io.tongxin.livestream.SessionQuery;
import io.tongxin.livestream.SessionSource;
import io.tongxin.member.Member;
import io.tongxin.member.MemberManagement;
import io.tongxin.region.RegionCode;
import io.tongxin.security.RegionScopes;
import io.tongxin.shared.DomainException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The session list (filters, paging) and the session form (pick the streamer first, then the rest). */
@Controller
class SessionPageController {

    private final LivestreamSessions sessions;
    private final ProgrammeManagement programme;
    private final StreamerStore streamers;
    private final MemberManagement members;
    private final Dictionaries dictionaries;
    private final RegionArgument regionArgument;
    private final RegionScopes scopes;
    private final PageErrors pageErrors;
    private final io.tongxin.region.RegionDirectory regions;

    SessionPageController(io.tongxin.region.RegionDirectory regions, LivestreamSessions sessions, ProgrammeManagement programme, StreamerStore streamers,
            MemberManagement members, Dictionaries dictionaries, RegionArgument regionArgument, RegionScopes scopes,
            PageErrors pageErrors) {
        this.regions = regions;
        this.sessions = sessions;
        this.programme = programme;
        this.streamers = streamers;
        this.members = members;
        this.dictionaries = dictionaries;
        this.regionArgument = regionArgument;
        this.scopes = scopes;
        this.pageErrors = pageErrors;
    }

    @GetMapping("/livestream/sessions")
    @PreAuthorize("hasAuthority('livestream:view')")
    String list(@RequestParam(required = false) String regionCode, @RequestParam(required = false) Long streamer,
            @RequestParam(required = false) String platform, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, @RequestParam(defaultValue = "0") int page, Model model) {
        RegionCode region = regionArgument.resolve(regionCode);
        SessionQuery query = new SessionQuery(region.value(), streamer, platform, from, to, page, 20);
        var result = sessions.list(query);
        model.addAttribute("result", result);
        Map<String, String> villageNames = new LinkedHashMap<>();
        result.content().forEach(s -> villageNames.computeIfAbsent(s.regionCode(), code -> regions
            .find(RegionCode.of(code)).map(io.tongxin.region.Region::name).orElse(code)));
        model.addAttribute("villageNames", villageNames);
        model.addAttribute("query", query);
        model.addAttribute("scopeRoot", scopes.current().root().value());
        model.addAttribute("streamers", programme.streamersServing(scopes.current().root()));
        model.addAttribute("platforms", dictionaries.items("platform"));
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("regionCode", region.value());
        params.put("streamer", streamer);
        params.put("platform", platform);
        params.put("from", from);
        params.put("to", to);
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/livestream/sessions");
        params.forEach((k, v) -> {
            if (v != null && !v.toString().isBlank()) {
                url.queryParam(k, v);
            }
        });
        model.addAttribute("pageUrl", url.encode().build().toUriString());
        model.addAttribute("canEdit", scopes.currentUser().permissions().contains("livestream:edit"));
        model.addAttribute("section", "sessions");
        return "livestream/sessions";
    }

    @GetMapping("/livestream/sessions/new")
    @PreAuthorize("hasAuthority('livestream:edit')")
    String form(@RequestParam(required = false) Long streamer, Model model) {
        if (!model.containsAttribute("form")) {
            List<String> villages = streamer == null ? List.of() : streamers.assignmentsOf(streamer).stream()
                .filter(Assignment::current).map(Assignment::villageCode).limit(1).toList();
            model.addAttribute("form", SessionForm.blank(streamer, villages));
        }
        SessionForm form = (SessionForm) model.getAttribute("form");
        model.addAttribute("streamers", programme.streamersServing(scopes.current().root()));
        if (form.streamerId() != null) {
            Member member = members.get(form.streamerId());
            model.addAttribute("streamer", member);
            model.addAttribute("accounts", member.accounts());
            model.addAttribute("assignments", streamers.assignmentsOf(member.id()).stream()
                .filter(a -> a.current() && scopes.current().includes(a.villageCode())).toList());
        }
        List<DictionaryItem> products = dictionaries.items(SessionValidator.PRODUCTS);
        model.addAttribute("categories", products.stream().filter(i -> i.parentCode() == null).toList());
        model.addAttribute("products", products.stream().filter(i -> i.parentCode() != null).toList());
        model.addAttribute("section", "sessions");
        return "livestream/session-form";
    }

    @PostMapping("/livestream/sessions")
    @PreAuthorize("hasAuthority('livestream:edit')")
    String record(@ModelAttribute("form") SessionForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            Map<String, String> errors = new LinkedHashMap<>();
            binding.getFieldErrors().forEach(e -> errors.put(e.getField(), pageErrors.text("livestream.error.number")));
            model.addAttribute("errors", errors);
            return form(form.streamerId(), model);
        }
        try {
            sessions.record(form.toData(), SessionSource.FORM);
            redirect.addFlashAttribute("flashSuccess", "livestream.session.recorded");
            return "redirect:/livestream/sessions";
        }
        catch (DomainException e) {
            model.addAttribute("errors", pageErrors.of(e));
            return form(form.streamerId(), model);
        }
    }
}
