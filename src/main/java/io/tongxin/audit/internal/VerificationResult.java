package io.tongxin.audit.internal;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Outcome of walking the hash chain.
 *
 * @param ok       true when every row matches its hash and links to the row before it
 * @param checked  rows examined, including the broken one
 * @param brokenAt id of the first row that does not match; null when ok
 * @param reason   Chinese explanation naming the row and what does not match; null when ok
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VerificationResult(boolean ok, long checked, Long brokenAt, String reason) {

    static VerificationResult intact(long checked) {
        return new VerificationResult(true, checked, null, null);
    }

    static VerificationResult broken(long checked, long brokenAt, String reason) {
        return new VerificationResult(false, checked, brokenAt, reason);
    }
}
