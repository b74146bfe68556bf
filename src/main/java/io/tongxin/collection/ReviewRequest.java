package io.tongxin.collection;

import java.util.Map;

/**
 * A reviewer's decision on a submission: {@code ACCEPT} or {@code REJECT} per field (fields left
 * out count as rejected). At least one accepted field approves the submission and applies exactly
 * the accepted fields; none rejects it, which needs a reason.
 *
 * @param memberVersion the record version the reviewer saw; when the record has changed since, the
 *                      approval is refused (409). Optional in the API: then the current version.
 */
record ReviewRequest(Map<String, String> decisions, String reason, Integer memberVersion) {

    static final String ACCEPT = "ACCEPT";
    static final String REJECT = "REJECT";

    ReviewRequest {
        decisions = decisions == null ? Map.of() : Map.copyOf(decisions);
    }
}
