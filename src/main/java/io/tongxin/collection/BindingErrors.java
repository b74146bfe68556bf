package io.tongxin.collection;

import io.tongxin.shared.DomainException;
import io.tongxin.shared.FieldViolation;
import io.tongxin.shared.InvalidFieldsException;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;

/** Puts refused input next to its form field, or above the form when the form has no such field. */
final class BindingErrors {

    private BindingErrors() {
    }

    static void apply(BindingResult result, DomainException e) {
        if (e instanceof InvalidFieldsException invalid) {
            for (FieldViolation v : invalid.violations()) {
                reject(result, v.field(), v.messageCode(), v.arguments());
            }
            return;
        }
        reject(result, null, e.messageCode(), e.arguments());
    }

    private static void reject(BindingResult result, String field, String code, Object[] arguments) {
        // Numbers stay numbers: the bundle formats them with {0,number,#}.
        Object[] args = arguments;
        if (field != null) {
            try {
                result.rejectValue(field, code, args, code);
                return;
            }
            catch (NotReadablePropertyException notOnThisForm) {
                // shown above the form
            }
        }
        result.reject(code, args, code);
    }
}
