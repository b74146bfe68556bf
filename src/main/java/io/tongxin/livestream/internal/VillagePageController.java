package io.tongxin.livestream.internal;

import java.time.LocalDate;
import java.util.Set;

import io.tongxin.region.RegionCode;
import io.tongxin.security.RegionScopes;
import io.tongxin.shared.DomainException;
import io.tongxin.shared.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Enrolled villages: filter by township (any sub-region), only those without a streamer, paging;
 * enrol form; an edit page; and revealing a contact phone (masked on the list) for a reason.
 */
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
        model.addAttribute("pageNumber", Math.max(page, 0));
        model.addAttribute("pageUrl", UriComponentsBuilder.fromPath("/livestream/villages")
            .queryParam("regionCode", region.value()).queryParam("withoutStreamer", withoutStreamer)
            .build().toUriString());
        model.addAttribute("scopeRoot", scopes.current().root().value());
        permissions(model);
        model.addAttribute("section", "villages");
        return "livestream/villages";
    }

    @PostMapping("/livestream/villages")
    @PreAuthorize("hasAuthority('livestream:edit')")
    String enrol(@ModelAttribute VillageRequest form, Model model, RedirectAttributes redirect) {
        try {
            EnrolledVillage village = programme.enrol(form);
            redirect.addFlashAttribute("flashSuccess", "livestream.village.enrolled");
            return "redirect:" + township(village.code());
        }
        catch (DomainException e) {
            model.addAttribute("form", form);
            model.addAttribute("errors", pageErrors.of(e));
            return list(null, false, 0, model);
        }
    }

    /** The edit form never holds the stored phone: an empty field keeps it (see {@link VillageRequest}). */
    @GetMapping("/livestream/villages/{code}/edit")
    @PreAuthorize("hasAuthority('livestream:edit')")
    String editForm(@PathVariable String code, Model model) {
        EnrolledVillage village = programme.village(code);
        model.addAttribute("form", new VillageRequest(code, village.enrolledOn(), village.demonstration(),
                village.contactName(), null, village.notes(), village.version(), false));
        return edit(village, model);
    }

    @PostMapping("/livestream/villages/{code}")
    @PreAuthorize("hasAuthority('livestream:edit')")
    String update(@PathVariable String code, @ModelAttribute VillageRequest form, Model model,
            RedirectAttributes redirect) {
        try {
            programme.updateVillage(form.forVillage(code));
            redirect.addFlashAttribute("flashSuccess", "livestream.village.updated");
            return "redirect:" + township(code);
        }
        catch (DomainException e) {
            model.addAttribute("form", form.forVillage(code));
            model.addAttribute("errors", pageErrors.of(e));
            return edit(programme.village(code), model);
        }
    }

    /**
     * The clear contact phone of one village, for a reason; {@link ProgrammeManagement} writes the
     * audit event. With htmx only the phone is swapped; without, the list (as it was) shows it.
     */
    @PostMapping("/livestream/villages/{code}/reveal")
    @PreAuthorize("hasAuthority('" + ProgrammeManagement.SENSITIVE_VIEW + "')")
    String reveal(@PathVariable String code, @RequestParam(required = false) String reason,
            @RequestParam(required = false) String regionCode,
            @RequestParam(defaultValue = "false") boolean withoutStreamer,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        EnrolledVillage village = programme.village(code);
        model.addAttribute("revealedVillage", code);
        model.addAttribute("reason", reason);
        try {
            model.addAttribute("clear", programme.revealContactPhone(code, reason));
        }
        catch (InvalidInputException e) {
            model.addAttribute("revealError", pageErrors.text(e.messageCode(), e.arguments()));
        }
        if (htmx != null) {
            model.addAttribute("village", village);
            model.addAttribute("regionValue", regionCode);
            model.addAttribute("withoutStreamer", withoutStreamer);
            model.addAttribute("pageNumber", Math.max(page, 0));
            permissions(model);
            return "livestream/village-phone";
        }
        return list(regionCode, withoutStreamer, page, model);
    }

    private String edit(EnrolledVillage village, Model model) {
        model.addAttribute("village", village);
        model.addAttribute("section", "villages");
        return "livestream/village-edit";
    }

    private void permissions(Model model) {
        Set<String> permissions = scopes.currentUser().permissions();
        model.addAttribute("canEdit", permissions.contains("livestream:edit"));
        model.addAttribute("canReveal", permissions.contains(ProgrammeManagement.SENSITIVE_VIEW));
    }

    /** The list of the village's township, where a village just saved is easy to find. */
    private static String township(String villageCode) {
        return "/livestream/villages?regionCode=" + villageCode.substring(0, 9) + "000";
    }
}
