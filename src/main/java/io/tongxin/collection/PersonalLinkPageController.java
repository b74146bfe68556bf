package io.tongxin.collection;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Personal update links: made from the member page's button, then shown with a copy button and a QR code. */
@Controller
@PreAuthorize("hasAuthority('collection:review')")
class PersonalLinkPageController {

    private final PersonalLinks links;
    private final PublicAddresses addresses;

    PersonalLinkPageController(PersonalLinks links, PublicAddresses addresses) {
        this.links = links;
        this.addresses = addresses;
    }

    @PostMapping("/collection/members/{memberId}/links")
    String create(@PathVariable long memberId) {
        return "redirect:/collection/links/" + links.create(memberId).id();
    }

    @GetMapping("/collection/links/{id}")
    String show(@PathVariable long id, Model model) {
        PersonalLink link = links.get(id);
        model.addAttribute("link", link);
        model.addAttribute("publicLink", addresses.absolute(link.path()));
        model.addAttribute("memberName", link.snapshot().get(CollectedField.NAME));
        return "collection/link";
    }

    @GetMapping(path = "/collection/links/{id}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> qr(@PathVariable long id) {
        PersonalLink link = links.get(id);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.IMAGE_PNG)
            .body(QrCodes.png(addresses.absolute(link.path())));
    }
}
