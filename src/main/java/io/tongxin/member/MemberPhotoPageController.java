package io.tongxin.member;

import java.io.IOException;

import io.tongxin.shared.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Uploading a member's photo from the member page. */
@Controller
class MemberPhotoPageController {

    private final MemberManagement members;

    MemberPhotoPageController(MemberManagement members) {
        this.members = members;
    }

    @PostMapping("/members/{id}/photo")
    @PreAuthorize("hasAuthority('member:edit')")
    String upload(@PathVariable long id, @RequestParam("file") MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        try {
            members.savePhoto(id, file.getBytes());
            redirect.addFlashAttribute("flashSuccess", "member.photo.saved");
        }
        catch (InvalidInputException e) {
            // The limits' numbers are in the messages themselves, so the plain code reads well.
            redirect.addFlashAttribute("flashDanger", e.messageCode() + ".plain");
        }
        return "redirect:/members/" + id;
    }
}
