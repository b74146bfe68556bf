package io.tongxin.member;

import java.util.Arrays;
import java.util.Map;

import io.tongxin.shared.DomainException;
import io.tongxin.shared.FieldViolation;
import io.tongxin.shared.InvalidFieldsException;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;

/** Puts what the registry refused next to the form field it concerns, or above the form. */
final class FormErrors {

    private FormErrors() {
    }

    /**
     * @param fieldsByCode fields for rules that do not name one themselves (a duplicate ID number
     *                     belongs to the ID number field); everything else goes above the form
     */
    static void apply(BindingResult result, DomainException e, Map<String, String> fieldsByCode) {
        if (e instanceof InvalidFieldsException invalid) {
            for (FieldViolation violation : invalid.violations()) {
                reject(result, violation.field(), violation.messageCode(), violation.arguments());
            }
            return;
        }
        reject(result, fieldsByCode.get(e.messageCode()), e.messageCode(), e.arguments());
    }

    private static void reject(BindingResult result, String field, String code, Object[] arguments) {
        Object[] args = plain(arguments);
        if (field != null) {
            try {
                result.rejectValue(field, code, args, code);
                return;
            }
            catch (NotReadablePropertyException notOnThisForm) {
                // falls through: shown above the form
            }
        }
        result.reject(code, args, code);
    }

    /** Numbers as plain text, so that member 1234 does not read "1,234" in a {0} placeholder. */
    private static Object[] plain(Object[] arguments) {
        return Arrays.stream(arguments).map(a -> a instanceof Long || a instanceof Integer ? a.toString() : a)
            .toArray();
    }
}
