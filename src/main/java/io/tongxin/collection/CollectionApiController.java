package io.tongxin.collection;

import java.time.Instant;

import io.tongxin.shared.PageResult;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The collection API: campaigns (with statistics), the review queue, review decisions, personal links. */
@RestController
@RequestMapping("/api/v1/collection")
@PreAuthorize("hasAuthority('collection:review')")
class CollectionApiController {

    private final CollectionCampaigns campaigns;
    private final ReviewQueue queue;
    private final SubmissionReview review;
    private final PersonalLinks links;
    private final PublicAddresses addresses;

    CollectionApiController(CollectionCampaigns campaigns, ReviewQueue queue, SubmissionReview review,
            PersonalLinks links, PublicAddresses addresses) {
        this.campaigns = campaigns;
        this.queue = queue;
        this.review = review;
        this.links = links;
        this.addresses = addresses;
    }

    /** A campaign with its absolute public address, ready to share. */
    record CampaignView(Campaign campaign, String link) {
    }

    record LinkView(long id, long memberId, String link, Instant expiresAt) {
    }

    @GetMapping("/campaigns")
    PageResult<Campaign> campaigns(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return campaigns.list(page, size);
    }

    @PostMapping("/campaigns")
    @ResponseStatus(HttpStatus.CREATED)
    CampaignView create(@RequestBody CampaignRequest request) {
        Campaign campaign = campaigns.create(request);
        return new CampaignView(campaign, addresses.absolute(campaign.path()));
    }

    @GetMapping("/campaigns/{id}")
    CampaignView campaign(@PathVariable long id) {
        Campaign campaign = campaigns.get(id);
        return new CampaignView(campaign, addresses.absolute(campaign.path()));
    }

    @GetMapping("/submissions")
    PageResult<SubmissionSummary> submissions(@RequestParam(required = false) Long campaignId,
            @RequestParam(required = false) SubmissionStatus status, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return queue.list(campaignId, status, page, size);
    }

    @GetMapping("/submissions/{id}")
    SubmissionDetail submission(@PathVariable long id) {
        return queue.detail(id);
    }

    @PostMapping("/submissions/{id}/review")
    SubmissionDetail review(@PathVariable long id, @RequestBody ReviewRequest request) {
        return review.review(id, request);
    }

    @PostMapping("/members/{memberId}/links")
    @ResponseStatus(HttpStatus.CREATED)
    LinkView createLink(@PathVariable long memberId) {
        PersonalLink link = links.create(memberId);
        return new LinkView(link.id(), link.memberId(), addresses.absolute(link.path()), link.expiresAt());
    }

}
