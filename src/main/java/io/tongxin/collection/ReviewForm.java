package io.tongxin.collection;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The review page's form: a decision per field ({@code decisions[phone]=ACCEPT}), a reason, the
 * record version the reviewer saw, and which button was pressed ({@code approve} or {@code reject};
 * rejecting rejects every field).
 */
class ReviewForm {

    private Map<String, String> decisions = new LinkedHashMap<>();
    private String reason;
    private Integer memberVersion;
    private String action;

    ReviewRequest toRequest(SubmissionDetail detail) {
        Map<String, String> chosen = new LinkedHashMap<>();
        if ("approve".equals(action)) {
            // A new person has no per-field choice on the page: approving takes everything submitted.
            detail.fields().stream().filter(FieldDiff::changed).forEach(f -> chosen.put(f.field(),
                    detail.newPerson() ? ReviewRequest.ACCEPT : decisions.getOrDefault(f.field(), ReviewRequest.REJECT)));
        }
        return new ReviewRequest(chosen, reason, memberVersion);
    }

    public Map<String, String> getDecisions() {
        return decisions;
    }

    public void setDecisions(Map<String, String> decisions) {
        this.decisions = decisions == null ? new LinkedHashMap<>() : decisions;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Integer getMemberVersion() {
        return memberVersion;
    }

    public void setMemberVersion(Integer memberVersion) {
        this.memberVersion = memberVersion;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }
}
