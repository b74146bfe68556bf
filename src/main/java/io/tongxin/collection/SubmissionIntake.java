package io.tongxin.collection;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.tongxin.member.Importance;
import io.tongxin.member.MemberData;
import io.tongxin.member.MemberManagement;
import io.tongxin.personaldata.IdNumber;
import io.tongxin.personaldata.PhoneNumber;
import io.tongxin.personaldata.SensitiveDataProtector;
import io.tongxin.region.RegionCode;
import io.tongxin.shared.FieldViolation;
import io.tongxin.shared.InvalidFieldsException;
import io.tongxin.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes in what a person submits through a public form: checks it with the registry's own rules
 * (as staff forms do), and stores it for review with the sensitive values encrypted. Never touches
 * the registry and never needs a signed-in user.
 */
@Service
class SubmissionIntake {

    /** The registry says "outside your scope"; to the public that reads "outside this campaign's area". */
    private static final Map<String, String> PUBLIC_CODES = Map.of(
            "error.member.region-outside-scope", "collection.error.region-outside-campaign");

    private final MemberManagement members;
    private final SubmissionRepository submissions;
    private final LinkRepository links;
    private final SensitiveDataProtector protector;

    SubmissionIntake(MemberManagement members, SubmissionRepository submissions, LinkRepository links,
            SensitiveDataProtector protector) {
        this.members = members;
        this.submissions = submissions;
        this.links = links;
        this.protector = protector;
    }

    /** Stores a campaign submission, or throws every problem at once as field violations. */
    @Transactional
    long submit(Campaign campaign, PublicForm form, ClientInfo client) {
        Map<CollectedField, String> typed = form.values();
        Map<CollectedField, String> asked = new EnumMap<>(CollectedField.class);
        campaign.askedFields().forEach(f -> asked.put(f, typed.get(f)));
        // Categories: what the person ticked among the campaign's targets, or the targets themselves.
        List<String> categories = campaign.asks(CollectedField.CATEGORIES)
                ? form.getCategoryCodes().stream().filter(campaign.categoryCodes()::contains).distinct().toList()
                : campaign.categoryCodes();
        asked.put(CollectedField.CATEGORIES, String.join(",", categories));
        List<FieldViolation> violations = new ArrayList<>();
        campaign.requiredFields().stream()
            .filter(f -> f != CollectedField.CATEGORIES && blank(asked.get(f)))
            .forEach(f -> violations.add(new FieldViolation(f.field(), "error.member.required")));
        FieldValues values = checked(FieldValues.of(asked), campaign.regionCode(), form, violations);
        return store(campaign.id(), null, null, campaign.regionCode(), values, client);
    }

    /**
     * Stores a personal-link submission and uses the link up, in one transaction: a refused
     * submission leaves the link usable, a stored one leaves it used.
     */
    @Transactional
    long submit(PersonalLink link, PublicForm form, ClientInfo client) {
        Map<CollectedField, String> typed = form.values();
        Map<CollectedField, String> values = new EnumMap<>(CollectedField.class);
        for (CollectedField f : CollectedField.values()) {
            values.put(f, typed.get(f));
        }
        // The region and categories are the staff's to change, not the person's.
        values.put(CollectedField.REGION, link.regionCode());
        values.put(CollectedField.CATEGORIES, link.snapshot().get(CollectedField.CATEGORIES));
        List<FieldViolation> violations = new ArrayList<>();
        if (blank(values.get(CollectedField.NAME))) {
            violations.add(new FieldViolation("name", "error.member.required"));
        }
        FieldValues checked = checked(FieldValues.of(values), link.regionCode(), form, violations);
        if (!links.markUsed(link.id())) {
            throw new LinkUnavailable("collection.error.link-used");
        }
        return store(null, link.id(), link.memberId(), link.regionCode(), checked, client);
    }

    private FieldValues checked(FieldValues values, String region, PublicForm form, List<FieldViolation> violations) {
        if (!form.isConsent()) {
            violations.add(new FieldViolation("consent", "collection.error.consent-required"));
        }
        if (values.has(CollectedField.BIRTH_DATE) && values.birthDate() == null) {
            violations.add(new FieldViolation("birthDate", "collection.error.bad-date"));
        }
        if (values.has(CollectedField.GENDER) && values.gender() == null) {
            violations.add(new FieldViolation("gender", "error.member.unknown-code", values.get(CollectedField.GENDER)));
        }
        MemberData data = values.toMemberData(CollectionLabels.tierFor(region), Importance.GENERAL, List.of(), null,
                List.of());
        try {
            members.check(data, RegionCode.of(region));
        }
        catch (InvalidFieldsException e) {
            e.violations().forEach(v -> violations.add(new FieldViolation(v.field(),
                    PUBLIC_CODES.getOrDefault(v.messageCode(), v.messageCode()), v.arguments())));
        }
        if (!violations.isEmpty()) {
            throw new InvalidFieldsException(violations);
        }
        return normalized(values);
    }

    /** One spelling per value: the ID number's canonical form, the phone's national form. */
    private static FieldValues normalized(FieldValues values) {
        FieldValues v = values;
        if (values.has(CollectedField.ID_NUMBER)) {
            v = v.with(CollectedField.ID_NUMBER, IdNumber.parse(values.get(CollectedField.ID_NUMBER)).value());
        }
        if (values.has(CollectedField.PHONE)) {
            v = v.with(CollectedField.PHONE, PhoneNumber.parse(values.get(CollectedField.PHONE)).national());
        }
        return v;
    }

    private long store(Long campaignId, Long linkId, Long memberId, String region, FieldValues values,
            ClientInfo client) {
        String id = values.get(CollectedField.ID_NUMBER);
        String phone = values.get(CollectedField.PHONE);
        return submissions.insert(new SubmissionRepository.NewSubmission(campaignId, linkId, memberId, region,
                values.get(CollectedField.NAME), values.withoutSensitive().byName(),
                id == null ? null : protector.encrypt(id), phone == null ? null : protector.encrypt(phone),
                protector.hmac("client-address:" + client.address()), client.userAgent()));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** A personal link that is used up or expired: a page that says so, not a form error. */
    static class LinkUnavailable extends InvalidInputException {

        LinkUnavailable(String messageCode) {
            super(messageCode);
        }

        @Override
        public int status() {
            return 410;
        }
    }
}
