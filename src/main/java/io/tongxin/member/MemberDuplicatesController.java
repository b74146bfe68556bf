package io.tongxin.member;

import java.time.LocalDate;
import java.util.List;

import io.tongxin.personaldata.IdNumber;
import io.tongxin.shared.ConflictException;
import io.tongxin.shared.InvalidInputException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * While a member is entered or edited, the form asks here (htmx, on every change of name, birth
 * date, ID number or phone) for records that may be the same person, and offers to merge them
 * into the record being edited.
 */
@Controller
@RequestMapping("/members")
@PreAuthorize("hasAuthority('member:edit')")
class MemberDuplicatesController {

    private final MemberManagement members;

    MemberDuplicatesController(MemberManagement members) {
        this.members = members;
    }

    @GetMapping("/duplicates")
    String duplicates(@RequestParam(required = false) String name,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,
            @RequestParam(required = false) String idNumber, @RequestParam(required = false) String phone,
            @RequestParam(required = false) Long excludeId, @RequestParam(required = false) Integer version,
            Model model) {
        LocalDate birth = birthDate == null ? birthDateOf(idNumber) : birthDate;
        List<PossibleDuplicate> found = members.possibleDuplicates(name, birth, phone, null, null, excludeId);
        model.addAttribute("duplicates", found);
        model.addAttribute("keepId", excludeId);
        model.addAttribute("keepVersion", version);
        return "member/duplicates :: panel";
    }

    @PostMapping("/{id}/merge")
    String merge(@PathVariable long id, @RequestParam int keepVersion, @RequestParam long mergeId,
            @RequestParam int mergeVersion, RedirectAttributes redirect) {
        try {
            members.merge(id, keepVersion, mergeId, mergeVersion);
            redirect.addFlashAttribute("flashSuccess", "member.merged");
        }
        catch (ConflictException | InvalidInputException e) {
            // Flash messages take no arguments: a stale version gets its own plain sentence.
            redirect.addFlashAttribute("flashDanger",
                    "error.member.stale-version".equals(e.messageCode()) ? "member.merge-stale" : e.messageCode());
        }
        return "redirect:/members/" + id;
    }

    private static LocalDate birthDateOf(String idNumber) {
        if (idNumber == null || idNumber.isBlank()) {
            return null;
        }
        try {
            return IdNumber.parse(idNumber).birthDate();
        }
        catch (InvalidInputException notYetValid) {
            return null;
        }
    }
}
