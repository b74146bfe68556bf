package io.tongxin.collection;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.tongxin.dictionary.Dictionaries;
import io.tongxin.personaldata.Gender;
import io.tongxin.region.Region;
import io.tongxin.region.RegionCode;
import io.tongxin.region.RegionDirectory;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Fills the model of the public pages: the form (for a campaign or a personal link) and the outcome pages. */
@Component
class PublicFormPage {

    static final String FORM = "collection/public/form";
    static final String NOTICE = "collection/public/notice";

    private final Dictionaries dictionaries;
    private final RegionDirectory regions;

    PublicFormPage(Dictionaries dictionaries, RegionDirectory regions) {
        this.dictionaries = dictionaries;
        this.regions = regions;
    }

    String campaignForm(Campaign campaign, Model model) {
        model.addAttribute("mode", "campaign");
        model.addAttribute("heading", campaign.title());
        model.addAttribute("action", campaign.path());
        model.addAttribute("asked", names(campaign.askedFields()));
        model.addAttribute("required", names(campaign.requiredFields()));
        model.addAttribute("deadline", campaign.deadline());
        // The campaign's own region first ("I don't know my township"), then the places below it.
        RegionCode root = RegionCode.of(campaign.regionCode());
        List<Region> places = new ArrayList<>();
        places.add(regions.get(root));
        places.addAll(regions.children(root));
        model.addAttribute("places", places);
        model.addAttribute("targetCategories", campaign.categoryCodes().stream()
            .map(c -> dictionaries.find("member-category", c)).flatMap(java.util.Optional::stream).toList());
        return form(campaign.regionCode(), model);
    }

    String linkForm(PersonalLink link, Model model) {
        model.addAttribute("mode", "link");
        model.addAttribute("action", link.path());
        model.addAttribute("asked", names(List.of(CollectedField.values())));
        model.addAttribute("required", Set.of("name"));
        model.addAttribute("expiresAt", link.expiresAt());
        model.addAttribute("currentIdNumber", link.snapshot().get(CollectedField.ID_NUMBER));
        model.addAttribute("currentPhone", link.snapshot().get(CollectedField.PHONE));
        model.addAttribute("fixedRegion", regions.find(RegionCode.of(link.regionCode())).map(Region::pathName)
            .orElse(link.regionCode()));
        return form(link.regionCode(), model);
    }

    private String form(String regionCode, Model model) {
        model.addAttribute("keeper", keeper(regionCode));
        model.addAttribute("genders", Gender.values());
        model.addAttribute("ethnicities", dictionaries.items("ethnicity"));
        model.addAttribute("educations", dictionaries.items("education"));
        model.addAttribute("affiliations", dictionaries.items("political-affiliation"));
        return FORM;
    }

    /**
     * A page that says why there is no form (unknown link, closed, expired, used, too many
     * submissions) with a fitting status, or the confirmation after a submission.
     */
    String notice(String kind, int status, HttpServletResponse response, Model model) {
        response.setStatus(status);
        model.addAttribute("kind", kind);
        return NOTICE;
    }

    /** Who keeps the data, for the consent notice: the united front department of the campaign's county or city. */
    private String keeper(String regionCode) {
        return regions.ancestorsAndSelf(RegionCode.of(regionCode)).stream()
            .filter(r -> r.level().ordinal() <= io.tongxin.region.RegionLevel.COUNTY.ordinal())
            .reduce((a, b) -> b).map(Region::name).orElse("");
    }

    private static Set<String> names(List<CollectedField> fields) {
        return fields.stream().map(CollectedField::field).collect(Collectors.toSet());
    }

}
