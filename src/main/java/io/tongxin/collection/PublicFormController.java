package io.tongxin.collection;

import java.util.Optional;

import io.tongxin.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The public forms, open without login: {@code /c/{token}} for a campaign and {@code /u/{token}}
 * for a personal update link. Abuse is held back in this order: request size, rate limits (per
 * address, per campaign or link), the honeypot (a filled one gets the thanks page and nothing is
 * stored), then the registry's own validation. CSRF protection stays on (the session token).
 */
@Controller
class PublicFormController {

    private final CollectionCampaigns campaigns;
    private final PersonalLinks links;
    private final SubmissionIntake intake;
    private final SubmissionLimits limits;
    private final PublicFormPage page;
    private final CollectionProperties properties;

    PublicFormController(CollectionCampaigns campaigns, PersonalLinks links, SubmissionIntake intake,
            SubmissionLimits limits, PublicFormPage page, CollectionProperties properties) {
        this.campaigns = campaigns;
        this.links = links;
        this.intake = intake;
        this.limits = limits;
        this.page = page;
        this.properties = properties;
    }

    @GetMapping("/c/{token}")
    String campaignForm(@PathVariable String token, HttpServletResponse response, Model model) {
        Optional<Campaign> campaign = campaigns.byToken(token);
        if (campaign.isEmpty()) {
            return page.notice("unknown", 404, response, model);
        }
        if (!campaign.get().accepting(CollectionCampaigns.today())) {
            return page.notice("closed", 410, response, model);
        }
        model.addAttribute("form", new PublicForm());
        return page.campaignForm(campaign.get(), model);
    }

    @PostMapping("/c/{token}")
    String submitCampaign(@PathVariable String token, @ModelAttribute("form") PublicForm form, BindingResult result,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        Optional<Campaign> found = campaigns.byToken(token);
        if (found.isEmpty()) {
            return page.notice("unknown", 404, response, model);
        }
        Campaign campaign = found.get();
        if (!campaign.accepting(CollectionCampaigns.today())) {
            return page.notice("closed", 410, response, model);
        }
        if (tooLarge(request)) {
            return page.notice("too-large", 413, response, model);
        }
        if (!limits.allow(request.getRemoteAddr(), "campaign:" + campaign.id())) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(properties.perAddressWindow().toSeconds()));
            return page.notice("rate-limited", 429, response, model);
        }
        if (form.honeypotFilled()) {
            return "redirect:" + campaign.path() + "/thanks";
        }
        try {
            intake.submit(campaign, form, client(request));
            return "redirect:" + campaign.path() + "/thanks";
        }
        catch (InvalidInputException e) {
            BindingErrors.apply(result, e);
            return page.campaignForm(campaign, model);
        }
    }

    @GetMapping("/c/{token}/thanks")
    String campaignThanks(@PathVariable String token, HttpServletResponse response, Model model) {
        return page.notice("thanks", 200, response, model);
    }

    @GetMapping("/u/{token}")
    String linkForm(@PathVariable String token, HttpServletResponse response, Model model) {
        Optional<PersonalLink> link = links.byToken(token);
        String unavailable = unavailable(link);
        if (unavailable != null) {
            return page.notice(unavailable, unavailable.equals("unknown") ? 404 : 410, response, model);
        }
        model.addAttribute("form", PublicForm.of(link.get().snapshot()));
        return page.linkForm(link.get(), model);
    }

    @PostMapping("/u/{token}")
    String submitLink(@PathVariable String token, @ModelAttribute("form") PublicForm form, BindingResult result,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        Optional<PersonalLink> found = links.byToken(token);
        String unavailable = unavailable(found);
        if (unavailable != null) {
            return page.notice(unavailable, unavailable.equals("unknown") ? 404 : 410, response, model);
        }
        PersonalLink link = found.get();
        if (tooLarge(request)) {
            return page.notice("too-large", 413, response, model);
        }
        if (!limits.allow(request.getRemoteAddr(), "link:" + link.id())) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(properties.perAddressWindow().toSeconds()));
            return page.notice("rate-limited", 429, response, model);
        }
        if (form.honeypotFilled()) {
            return "redirect:/u/thanks";
        }
        try {
            intake.submit(link, form, client(request));
            return "redirect:/u/thanks";
        }
        catch (SubmissionIntake.LinkUnavailable e) {
            return page.notice("used", 410, response, model);
        }
        catch (InvalidInputException e) {
            BindingErrors.apply(result, e);
            return page.linkForm(link, model);
        }
    }

    @GetMapping("/u/thanks")
    String linkThanks(HttpServletResponse response, Model model) {
        return page.notice("thanks", 200, response, model);
    }

    private static String unavailable(Optional<PersonalLink> link) {
        if (link.isEmpty()) {
            return "unknown";
        }
        if (link.get().used()) {
            return "used";
        }
        return link.get().expired(java.time.Instant.now()) ? "expired" : null;
    }

    /**
     * Larger than any honest form: by the declared length, and by the parameters themselves (a
     * chunked request declares none).
     */
    private boolean tooLarge(HttpServletRequest request) {
        long max = properties.maxRequestBytes();
        if (request.getContentLengthLong() > max) {
            return true;
        }
        long size = 0;
        for (var entry : request.getParameterMap().entrySet()) {
            size += entry.getKey().length();
            for (String value : entry.getValue()) {
                size += value.length();
            }
        }
        return size > max;
    }

    private static ClientInfo client(HttpServletRequest request) {
        return new ClientInfo(request.getRemoteAddr(), request.getHeader(HttpHeaders.USER_AGENT));
    }
}
