package io.tongxin.collection;

import java.util.List;

import io.tongxin.dictionary.Dictionaries;
import io.tongxin.security.RegionScopes;
import io.tongxin.shared.InvalidInputException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff pages of campaigns: the list with statistics, a new campaign, one campaign with its link and QR code. */
@Controller
@RequestMapping("/collection/campaigns")
@PreAuthorize("hasAuthority('collection:review')")
class CampaignPageController {

    private static final String FORM = "collection/campaign-form";

    private final CollectionCampaigns campaigns;
    private final PublicAddresses addresses;
    private final Dictionaries dictionaries;
    private final RegionScopes scopes;

    CampaignPageController(CollectionCampaigns campaigns, PublicAddresses addresses, Dictionaries dictionaries,
            RegionScopes scopes) {
        this.campaigns = campaigns;
        this.addresses = addresses;
        this.dictionaries = dictionaries;
        this.scopes = scopes;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("result", campaigns.list(page, 20));
        model.addAttribute("today", CollectionCampaigns.today());
        return "collection/campaigns";
    }

    @GetMapping("/new")
    String initCreationForm(Model model) {
        CampaignForm form = new CampaignForm();
        form.setRegionCode(scopes.current().root().value());
        form.setDeadline(CollectionCampaigns.today().plusDays(30).toString());
        form.setAskedFields(List.of("GENDER", "ETHNICITY", "ID_NUMBER", "PHONE", "EMPLOYER", "POSITION"));
        form.setRequiredFields(List.of("ID_NUMBER", "PHONE"));
        model.addAttribute("campaignForm", form);
        return form(model);
    }

    @PostMapping("/new")
    String processCreationForm(@ModelAttribute("campaignForm") CampaignForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        try {
            Campaign created = campaigns.create(form.toRequest());
            redirect.addFlashAttribute("flashSuccess", "collection.campaign.saved");
            return "redirect:/collection/campaigns/" + created.id();
        }
        catch (InvalidInputException e) {
            BindingErrors.apply(result, e);
            return form(model);
        }
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        Campaign campaign = campaigns.get(id);
        model.addAttribute("campaign", campaign);
        model.addAttribute("publicLink", addresses.absolute(campaign.path()));
        model.addAttribute("accepting", campaign.accepting(CollectionCampaigns.today()));
        return "collection/campaign";
    }

    @PostMapping("/{id}/open")
    String open(@PathVariable long id, @RequestParam boolean open, RedirectAttributes redirect) {
        campaigns.setOpen(id, open);
        redirect.addFlashAttribute("flashSuccess", open ? "collection.campaign.opened" : "collection.campaign.closed");
        return "redirect:/collection/campaigns/" + id;
    }

    /** The QR code of the public link, as a PNG to download and post in WeChat groups. */
    @GetMapping(path = "/{id}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> qr(@PathVariable long id) {
        Campaign campaign = campaigns.get(id);
        return ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"campaign-" + id + "-qr.png\"")
            .cacheControl(CacheControl.noStore())
            .contentType(MediaType.IMAGE_PNG)
            .body(QrCodes.png(addresses.absolute(campaign.path())));
    }

    private String form(Model model) {
        model.addAttribute("scopeRoot", scopes.current().root().value());
        model.addAttribute("categories", dictionaries.items("member-category"));
        model.addAttribute("fields", List.of(CollectedField.values()));
        return FORM;
    }
}
