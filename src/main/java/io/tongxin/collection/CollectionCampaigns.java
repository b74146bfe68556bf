package io.tongxin.collection;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.tongxin.audit.AuditActions;
import io.tongxin.audit.AuditEntry;
import io.tongxin.audit.AuditLog;
import io.tongxin.dictionary.Dictionaries;
import io.tongxin.region.RegionCode;
import io.tongxin.region.RegionDirectory;
import io.tongxin.security.RegionScope;
import io.tongxin.security.RegionScopes;
import io.tongxin.shared.FieldViolation;
import io.tongxin.shared.InvalidFieldsException;
import io.tongxin.shared.InvalidInputException;
import io.tongxin.shared.NotFoundException;
import io.tongxin.shared.PageResult;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Campaigns: created and seen within the caller's region scope; found by token for the public form. */
@Service
class CollectionCampaigns {

    /** Deadlines are calendar days in China: a campaign open "until the 30th" takes the whole 30th. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final int MAX_TITLE = 100;

    private final CampaignRepository campaigns;
    private final RegionDirectory regions;
    private final Dictionaries dictionaries;
    private final RegionScopes scopes;
    private final AuditLog audit;

    CollectionCampaigns(CampaignRepository campaigns, RegionDirectory regions, Dictionaries dictionaries,
            RegionScopes scopes, AuditLog audit) {
        this.campaigns = campaigns;
        this.regions = regions;
        this.dictionaries = dictionaries;
        this.scopes = scopes;
        this.audit = audit;
    }

    static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    @Transactional
    Campaign create(CampaignRequest request) {
        RegionScope scope = scopes.current();
        List<FieldViolation> violations = new ArrayList<>();
        String title = request.title() == null ? "" : request.title().strip();
        if (title.isEmpty()) {
            violations.add(new FieldViolation("title", "collection.error.title-required"));
        }
        else if (title.length() > MAX_TITLE) {
            violations.add(new FieldViolation("title", "error.member.too-long", MAX_TITLE));
        }
        String region = region(request.regionCode(), scope, violations);
        List<String> categories = List.copyOf(new LinkedHashSet<>(request.categoryCodes()));
        if (categories.isEmpty()) {
            violations.add(new FieldViolation("categoryCodes", "collection.error.category-required"));
        }
        categories.stream().filter(c -> !dictionaries.isValid("member-category", c))
            .forEach(c -> violations.add(new FieldViolation("categoryCodes", "error.member.unknown-code", c)));
        Set<CollectedField> asked = fields(request.askedFields(), "askedFields", violations);
        Set<CollectedField> required = fields(request.requiredFields(), "requiredFields", violations);
        asked.addAll(CollectedField.ALWAYS);
        required.addAll(CollectedField.ALWAYS);
        asked.addAll(required);
        if (request.deadline() == null) {
            violations.add(new FieldViolation("deadline", "collection.error.deadline-required"));
        }
        else if (request.deadline().isBefore(today())) {
            violations.add(new FieldViolation("deadline", "collection.error.deadline-past"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidFieldsException(violations);
        }
        long id = campaigns.insert(title, region, categories, List.copyOf(asked), List.copyOf(required),
                request.deadline(), Tokens.next(), scopes.currentUser().getUsername());
        audit.record(AuditEntry.of(AuditActions.COLLECTION_CAMPAIGN_CREATED).target("COLLECTION_CAMPAIGN",
                String.valueOf(id)).region(region));
        return get(id);
    }

    @Transactional(readOnly = true)
    Campaign get(long id) {
        Campaign campaign = campaigns.find(id).orElseThrow(() -> new NotFoundException("collection.error.campaign-not-found", id));
        scopes.current().requireVisible(campaign.regionCode(), "collection.error.campaign-not-found", id);
        return campaign;
    }

    @Transactional(readOnly = true)
    PageResult<Campaign> list(int page, int size) {
        RegionScope scope = scopes.current();
        int safeSize = Math.min(Math.max(size, 1), 100);
        int safePage = Math.max(page, 0);
        return new PageResult<>(campaigns.list(scope, safePage * safeSize, safeSize), safePage, safeSize,
                campaigns.count(scope));
    }

    @Transactional(readOnly = true)
    List<Campaign> all() {
        return campaigns.all(scopes.current());
    }

    @Transactional
    Campaign setOpen(long id, boolean open) {
        get(id);
        campaigns.setOpen(id, open);
        return get(id);
    }

    /** For the public form: no scope, nobody is signed in; the token is the permission. */
    @Transactional(readOnly = true)
    Optional<Campaign> byToken(String token) {
        return Tokens.wellFormed(token) ? campaigns.findByToken(token) : Optional.empty();
    }

    private String region(String code, RegionScope scope, List<FieldViolation> violations) {
        if (code == null || code.isBlank()) {
            violations.add(new FieldViolation("regionCode", "collection.error.region-required"));
            return null;
        }
        try {
            RegionCode region = RegionCode.of(code.strip());
            if (!regions.exists(region)) {
                violations.add(new FieldViolation("regionCode", "error.region.not-found", code));
            }
            else if (!scope.includes(region)) {
                violations.add(new FieldViolation("regionCode", "collection.error.region-outside-scope", code));
            }
            return region.value();
        }
        catch (InvalidInputException e) {
            violations.add(new FieldViolation("regionCode", e.messageCode(), e.arguments()));
            return null;
        }
    }

    private static Set<CollectedField> fields(List<String> names, String field, List<FieldViolation> violations) {
        Set<CollectedField> fields = EnumSet.noneOf(CollectedField.class);
        for (String name : names) {
            if (name == null || name.isBlank()) {
                continue;
            }
            try {
                fields.add(CollectedField.parse(name));
            }
            catch (InvalidInputException e) {
                violations.add(new FieldViolation(field, "collection.error.unknown-field", name));
            }
        }
        return fields;
    }
}
