package io.tongxin.livestream.internal;

import java.time.LocalDate;
import java.util.List;

import io.tongxin.security.RegionScopes;
import io.tongxin.shared.DomainException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Schedules, the last two weeks' slots (held or missed), and the form for a new schedule. */
@Controller
class SchedulePageController {

    private final ProgrammeManagement programme;
    private final ScheduleSlots slots;
    private final RegionScopes scopes;
    private final PageErrors pageErrors;

    SchedulePageController(ProgrammeManagement programme, ScheduleSlots slots, RegionScopes scopes,
            PageErrors pageErrors) {
        this.programme = programme;
        this.slots = slots;
        this.scopes = scopes;
        this.pageErrors = pageErrors;
    }

    @GetMapping("/livestream/schedules")
    @PreAuthorize("hasAuthority('livestream:view')")
    String list(Model model) {
        var root = scopes.current().root();
        LocalDate today = LocalDate.now(Sql.ZONE);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new ScheduleRequest(null, null, List.of(), null, null, ScheduleKind.SALES, null,
                    today, null));
        }
        model.addAttribute("schedules", programme.schedules(root, null, null));
        List<Slot> recent = slots.slots(root, today.minusDays(13), today);
        List<Slot> newestFirst = new java.util.ArrayList<>(recent);
        java.util.Collections.reverse(newestFirst);
        model.addAttribute("slots", newestFirst);
        model.addAttribute("missed", recent.stream().filter(s -> s.status() == Slot.SlotStatus.MISSED).count());
        model.addAttribute("held", recent.stream().filter(s -> s.status() == Slot.SlotStatus.HELD).count());
        model.addAttribute("streamers", programme.streamersServing(root));
        model.addAttribute("villages", programme.allVillages());
        model.addAttribute("kinds", ScheduleKind.values());
        model.addAttribute("weekdays", java.time.DayOfWeek.values());
        model.addAttribute("canEdit", scopes.currentUser().permissions().contains("livestream:edit"));
        model.addAttribute("section", "schedules");
        return "livestream/schedules";
    }

    @PostMapping("/livestream/schedules")
    @PreAuthorize("hasAuthority('livestream:edit')")
    String add(@ModelAttribute ScheduleRequest form, Model model, RedirectAttributes redirect) {
        try {
            programme.addSchedule(form);
            redirect.addFlashAttribute("flashSuccess", "livestream.schedule.added");
            return "redirect:/livestream/schedules";
        }
        catch (DomainException e) {
            model.addAttribute("form", form);
            model.addAttribute("errors", pageErrors.of(e));
            return list(model);
        }
    }

    @PostMapping("/livestream/schedules/{id}/end")
    @PreAuthorize("hasAuthority('livestream:edit')")
    String end(@PathVariable long id, RedirectAttributes redirect) {
        programme.endSchedule(id, LocalDate.now(Sql.ZONE));
        redirect.addFlashAttribute("flashSuccess", "livestream.schedule.ended");
        return "redirect:/livestream/schedules";
    }
}
