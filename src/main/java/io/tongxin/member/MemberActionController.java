package io.tongxin.member;

import java.util.Map;

import io.tongxin.shared.ConflictException;
import io.tongxin.shared.DomainException;
import io.tongxin.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What staff do on a member's page: confirm the record, change the status, add an account,
 * record followers, and reveal a masked value for a stated reason. Success redirects back with a
 * message; a refusal shows the page again with the message at the field.
 */
@Controller
@RequestMapping("/members/{id}")
class MemberActionController {

    private static final Map<String, String> STATUS_FIELDS = Map.of(
            "error.member.status-reason-required", "reason",
            "error.member.stale-version", "version");
    private static final Map<String, String> ACCOUNT_FIELDS = Map.of("error.member.account-taken", "handle");
    private static final Map<String, String> FOLLOWER_FIELDS = Map.of(
            "error.member.account-not-found", "accountId");

    private final MemberManagement members;
    private final MemberDetailPage detailPage;
    private final MessageSource messages;

    MemberActionController(MemberManagement members, MemberDetailPage detailPage, MessageSource messages) {
        this.members = members;
        this.detailPage = detailPage;
        this.messages = messages;
    }

    @PostMapping("/verify")
    @PreAuthorize("hasAuthority('member:edit')")
    String verify(@PathVariable long id, RedirectAttributes redirect) {
        members.verify(id);
        redirect.addFlashAttribute("flashSuccess", "member.verified");
        return "redirect:/members/" + id;
    }

    @PostMapping("/status")
    @PreAuthorize("hasAuthority('member:edit')")
    String changeStatus(@PathVariable long id, @ModelAttribute("statusForm") StatusForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (form.getStatus() == null) {
            result.rejectValue("status", "member.status-form.status-required");
        }
        if (!result.hasErrors()) {
            try {
                members.changeStatus(id, form.getStatus(), form.getOn(), form.getReason(),
                        form.getVersion() == null ? -1 : form.getVersion());
                redirect.addFlashAttribute("flashSuccess", "member.status-changed");
                return "redirect:/members/" + id;
            }
            catch (InvalidInputException | ConflictException e) {
                FormErrors.apply(result, e, STATUS_FIELDS);
            }
        }
        model.addAttribute("statusOpen", true);
        return detailPage.render(id, "basic", model);
    }

    @PostMapping("/accounts")
    @PreAuthorize("hasAuthority('member:edit')")
    String addAccount(@PathVariable long id, @ModelAttribute("accountForm") AccountForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                members.addAccount(id, form.toData());
                redirect.addFlashAttribute("flashSuccess", "member.account-added");
                return "redirect:/members/" + id + "?tab=accounts";
            }
            catch (InvalidInputException | ConflictException e) {
                FormErrors.apply(result, e, ACCOUNT_FIELDS);
            }
        }
        return detailPage.render(id, "accounts", model);
    }

    @PostMapping("/followers")
    @PreAuthorize("hasAuthority('member:edit')")
    String recordFollowers(@PathVariable long id, @ModelAttribute("followersForm") FollowersForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (form.getAccountId() == null) {
            result.rejectValue("accountId", "member.followers-form.account-required");
        }
        if (form.getFollowers() == null && !result.hasFieldErrors("followers")) {
            result.rejectValue("followers", "error.member.followers-required");
        }
        if (form.getOn() == null && !result.hasFieldErrors("on")) {
            result.rejectValue("on", "member.followers-form.date-required");
        }
        if (!result.hasErrors()) {
            try {
                members.recordFollowers(id, form.getAccountId(), form.getOn(), form.getFollowers());
                redirect.addFlashAttribute("flashSuccess", "member.followers-recorded");
                return "redirect:/members/" + id + "?tab=accounts";
            }
            catch (InvalidInputException e) {
                FormErrors.apply(result, e, FOLLOWER_FIELDS);
            }
        }
        return detailPage.render(id, "accounts", model);
    }

    /**
     * The clear value of a masked field, for a reason; the registry writes the audit event. With
     * htmx only the field is swapped; without, the whole page shows the value.
     */
    @PostMapping("/reveal")
    @PreAuthorize("hasAuthority('member:sensitive:view')")
    String reveal(@PathVariable long id, @RequestParam SensitiveField field,
            @RequestParam(required = false) String reason,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        Member member = members.get(id);
        String masked = field == SensitiveField.ID_NUMBER ? member.idNumberMasked() : member.phoneMasked();
        model.addAttribute("revealedField", field.name());
        model.addAttribute("masked", masked);
        model.addAttribute("reason", reason);
        try {
            model.addAttribute("clear", members.reveal(id, field, reason));
        }
        catch (InvalidInputException e) {
            model.addAttribute("revealError", text(e));
        }
        if (htmx != null) {
            model.addAttribute("member", member);
            detailPage.permissions(model);
            return "member/sensitive";
        }
        return detailPage.render(id, "basic", model);
    }

    private String text(DomainException e) {
        return messages.getMessage(e.messageCode(), e.arguments(), e.messageCode(), LocaleContextHolder.getLocale());
    }
}
