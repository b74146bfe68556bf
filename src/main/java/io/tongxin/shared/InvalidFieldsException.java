package io.tongxin.shared;

import java.util.List;

/**
 * Several fields of one submission break rules. Reported together, so that a form shows every
 * error next to its field at once instead of one per round trip.
 */
public class InvalidFieldsException extends InvalidInputException {

    private final transient List<FieldViolation> violations;

    public InvalidFieldsException(List<FieldViolation> violations) {
        super("error.invalid-fields-count", violations.size());
        this.violations = List.copyOf(violations);
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
