package io.tongxin.collection;

import io.tongxin.shared.ConflictException;
import io.tongxin.shared.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The review queue and one submission with its field-by-field decision form. */
@Controller
@RequestMapping("/collection/submissions")
@PreAuthorize("hasAuthority('collection:review')")
class ReviewPageController {

    private final ReviewQueue queue;
    private final SubmissionReview review;
    private final CollectionCampaigns campaigns;

    ReviewPageController(ReviewQueue queue, SubmissionReview review, CollectionCampaigns campaigns) {
        this.queue = queue;
        this.review = review;
        this.campaigns = campaigns;
    }

    @GetMapping
    String list(@RequestParam(required = false) Long campaignId, @RequestParam(required = false) SubmissionStatus status,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("result", queue.list(campaignId, status, page, 20));
        model.addAttribute("campaigns", campaigns.all());
        model.addAttribute("statuses", SubmissionStatus.values());
        model.addAttribute("campaignId", campaignId);
        model.addAttribute("status", status);
        model.addAttribute("pageUrl", UriComponentsBuilder.fromPath("/collection/submissions")
            .queryParamIfPresent("campaignId", java.util.Optional.ofNullable(campaignId))
            .queryParamIfPresent("status", java.util.Optional.ofNullable(status))
            .build().toUriString());
        return "collection/submissions";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("submission", queue.detail(id));
        return "collection/submission";
    }

    /**
     * A refused review (stale record, missing reason, the registry's rules) comes back to the same
     * page with the reason in an alert; nothing has been applied.
     */
    @PostMapping("/{id}/review")
    String review(@PathVariable long id, @ModelAttribute ReviewForm form, RedirectAttributes redirect) {
        SubmissionDetail detail = queue.detail(id);
        try {
            SubmissionDetail done = review.review(id, form.toRequest(detail));
            redirect.addFlashAttribute("flashSuccess", done.status() == SubmissionStatus.APPROVED
                    ? "collection.review.approved" : "collection.review.rejected");
        }
        catch (ConflictException e) {
            redirect.addFlashAttribute("reviewError", e.messageCode());
            redirect.addFlashAttribute("reviewErrorArgs", e.arguments());
        }
        catch (InvalidInputException e) {
            redirect.addFlashAttribute("reviewError", e.messageCode());
            redirect.addFlashAttribute("reviewErrorArgs", e.arguments());
            redirect.addFlashAttribute("reviewErrorFields", e instanceof io.tongxin.shared.InvalidFieldsException f
                    ? f.violations() : java.util.List.of());
        }
        return "redirect:/collection/submissions/" + id;
    }
}
