package io.tongxin.member;

import java.util.Map;

import io.tongxin.personaldata.Gender;
import io.tongxin.security.RegionScopes;
import io.tongxin.shared.ConflictException;
import io.tongxin.shared.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The member form, new and edit. Every rule is the registry's: what it refuses comes back as
 * field violations and is shown next to each field; a duplicate ID number at the ID number field;
 * a stale version as an alert above the form with a link to the current record.
 */
@Controller
@RequestMapping("/members")
@PreAuthorize("hasAuthority('member:edit')")
class MemberFormController {

    private static final String FORM = "member/form";
    private static final String STALE = "error.member.stale-version";
    private static final String DUPLICATE = "error.member.duplicate-id-in-scope";
    private static final Map<String, String> FIELDS = Map.of(
            DUPLICATE, "idNumber",
            "error.member.duplicate-id-elsewhere", "idNumber",
            "error.member.region-outside-scope", "regionCode",
            "error.region.malformed-code", "regionCode");

    private final MemberManagement members;
    private final MemberOptions options;
    private final RegionScopes scopes;

    MemberFormController(MemberManagement members, MemberOptions options, RegionScopes scopes) {
        this.members = members;
        this.options = options;
        this.scopes = scopes;
    }

    @GetMapping("/new")
    String initCreationForm(Model model) {
        MemberForm form = new MemberForm();
        form.setRegionCode(scopes.current().root().value());
        model.addAttribute("memberForm", form);
        return form(model, null);
    }

    @PostMapping("/new")
    String processCreationForm(@ModelAttribute("memberForm") MemberForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(model, null);
        }
        try {
            Member created = members.register(MemberFormMapper.toData(form), ChangeSource.MANUAL);
            redirect.addFlashAttribute("flashSuccess", "member.created");
            return "redirect:/members/" + created.id();
        }
        catch (InvalidInputException | ConflictException e) {
            if (DUPLICATE.equals(e.messageCode())) {
                model.addAttribute("duplicateOf", e.arguments()[0]);
            }
            FormErrors.apply(result, e, FIELDS);
            form.padPositions();
            return form(model, null);
        }
    }

    @GetMapping("/{id}/edit")
    String initUpdateForm(@PathVariable long id, Model model) {
        Member member = members.get(id);
        model.addAttribute("memberForm", MemberFormMapper.fromMember(member));
        return form(model, member);
    }

    @PostMapping("/{id}/edit")
    String processUpdateForm(@PathVariable long id, @ModelAttribute("memberForm") MemberForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Member current = members.get(id);
        if (form.getVersion() == null) {
            result.reject(STALE, new Object[] {current.name()}, STALE);
        }
        if (result.hasErrors()) {
            return form(model, current);
        }
        try {
            members.update(id, MemberFormMapper.toData(form), form.getVersion(), ChangeSource.MANUAL);
            redirect.addFlashAttribute("flashSuccess", "member.saved");
            return "redirect:/members/" + id;
        }
        catch (InvalidInputException | ConflictException e) {
            if (STALE.equals(e.messageCode())) {
                model.addAttribute("stale", true);
            }
            if (DUPLICATE.equals(e.messageCode())) {
                model.addAttribute("duplicateOf", e.arguments()[0]);
            }
            FormErrors.apply(result, e, FIELDS);
            form.padPositions();
            return form(model, current);
        }
    }

    private String form(Model model, Member member) {
        MemberForm form = (MemberForm) model.getAttribute("memberForm");
        model.addAttribute("member", member);
        model.addAttribute("scopeRoot", scopes.current().root().value());
        model.addAttribute("genders", Gender.values());
        model.addAttribute("tiers", Tier.values());
        model.addAttribute("importances", Importance.values());
        model.addAttribute("categories", options.categories());
        model.addAttribute("ethnicities", options.items("ethnicity", form.getEthnicity()));
        model.addAttribute("educations", options.items("education", form.getEducation()));
        model.addAttribute("affiliations", options.items("political-affiliation", form.getPoliticalAffiliation()));
        model.addAttribute("positionTypes", options.items("position-type"));
        model.addAttribute("positionLevels", options.items("position-level"));
        return FORM;
    }
}
