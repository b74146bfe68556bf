package io.tongxin.collection;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** The new-campaign page form, as Spring binds it; the rules are {@link CollectionCampaigns}'. */
class CampaignForm {

    private String title;
    private String regionCode;
    private List<String> categoryCodes = new ArrayList<>();
    private List<String> askedFields = new ArrayList<>();
    private List<String> requiredFields = new ArrayList<>();
    private String deadline;

    CampaignRequest toRequest() {
        LocalDate date;
        try {
            date = deadline == null || deadline.isBlank() ? null : LocalDate.parse(deadline.strip());
        }
        catch (DateTimeParseException e) {
            date = null;
        }
        return new CampaignRequest(title, regionCode, categoryCodes, askedFields, requiredFields, date);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public List<String> getCategoryCodes() {
        return categoryCodes;
    }

    public void setCategoryCodes(List<String> categoryCodes) {
        this.categoryCodes = categoryCodes == null ? new ArrayList<>() : categoryCodes;
    }

    public List<String> getAskedFields() {
        return askedFields;
    }

    public void setAskedFields(List<String> askedFields) {
        this.askedFields = askedFields == null ? new ArrayList<>() : askedFields;
    }

    public List<String> getRequiredFields() {
        return requiredFields;
    }

    public void setRequiredFields(List<String> requiredFields) {
        this.requiredFields = requiredFields == null ? new ArrayList<>() : requiredFields;
    }

    public String getDeadline() {
        return deadline;
    }

    public void setDeadline(String deadline) {
        this.deadline = deadline;
    }
}
