package io.tongxin.livestream.internal;

import java.time.LocalDate;

import io.tongxin.region.RegionCode;
import io.tongxin.security.RegionScopes;
import io.tongxin.shared.DomainException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** Enrolled villages: filter by township (any sub-region), only those without a streamer, paging; enrol form. */
@Controller
class VillagePageController {

    private final ProgrammeManagement programme;
    private final RegionArgument regionArgument;
    private final RegionScopes scopes;
    private final PageErrors pageErrors;

    VillagePageController(ProgrammeManagement programme, RegionArgument regionArgument, RegionScopes scopes,
            PageErrors pageErrors) {
        this.programme = programme;
        this.regionArgument = regionArgument;
        this.scopes = scopes;
        this.pageErrors = pageErrors;
    }

    @GetMapping("/livestream/villages")
    @PreAuthorize("hasAuthority('livestream:view')")
    String list(@RequestParam(required = false) String regionCode,
            @RequestParam(defaultValue = "false") boolean withoutStreamer,
            @RequestParam(defaultValue = "0") int page, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", VillageRequest.enrolment(null, LocalDate.now(Sql.ZONE), false, null, null, null));
        }
        RegionCode region = regionArgument.resolve(regionCode);
        model.addAttribute("result", programme.villages(region, withoutStreamer, page, 20));
        model.addAttribute("regionValue", region.value());
        model.addAttribute("withoutStreamer", withoutStreamer);
        model.addAttribute("pageUrl", UriComponentsBuilder.fromPath("/livestream/villages")
            .queryParam("regionCode", region.value()).queryParam("withoutStreamer", withoutStreamer)
            .build().toUriString());
        model.addAttribute("scopeRoot", scopes.current().root().value());
        model.addAttribute("canEdit", scopes.currentUser().permissions().contains("livestream:edit"));
        model.addAttribute("section", "villages");
        return "livestream/villages";
    }

    @PostMapping("/livestream/villages")
    @PreAuthorize("hasAuthority('livestream:edit')")
    String enrol(@ModelAttribute VillageRequest form, Model model, RedirectAttributes redirect) {
        try {
            EnrolledVillage village = programme.enrol(form);
            redirect.addFlashAttribute("flashSuccess", "livestream.village.enrolled");
            return "redirect:/livestream/villages?regionCode=" + village.code().substring(0, 9) + "000";
        }
        catch (DomainException e) {
            model.addAttribute("form", form);
            model.addAttribute("errors", pageErrors.of(e));
            return list(null, false, 0, model);
        }
    }
}
