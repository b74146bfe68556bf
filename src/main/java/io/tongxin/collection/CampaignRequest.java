package io.tongxin.collection;

import java.time.LocalDate;
import java.util.List;

/**
 * A new campaign, from the API or the page form. Field names are {@link CollectedField} names
 * ({@code PHONE}) or member field names ({@code phone}); name and region are always asked and
 * required, whatever the request says.
 */
record CampaignRequest(String title, String regionCode, List<String> categoryCodes, List<String> askedFields,
        List<String> requiredFields, LocalDate deadline) {

    CampaignRequest {
        categoryCodes = categoryCodes == null ? List.of() : List.copyOf(categoryCodes);
        askedFields = askedFields == null ? List.of() : List.copyOf(askedFields);
        requiredFields = requiredFields == null ? List.of() : List.copyOf(requiredFields);
    }
}
