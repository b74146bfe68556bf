package io.tongxin.livestream.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.tongxin.shared.DomainException;
import io.tongxin.shared.FieldViolation;
import io.tongxin.shared.InvalidFieldsException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A refused form's messages for the page: field name to Chinese text, and the key "" for what
 * belongs to no field (a conflict). Templates show {@code errors['gmv']} under the field.
 */
@Component
class PageErrors {

    private final MessageSource messages;

    PageErrors(MessageSource messages) {
        this.messages = messages;
    }

    Map<String, String> of(DomainException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (e instanceof InvalidFieldsException invalid) {
            for (FieldViolation v : invalid.violations()) {
                errors.merge(v.field(), text(v.messageCode(), v.arguments()), (a, b) -> a + "；" + b);
            }
        }
        else {
            errors.put("", text(e.messageCode(), e.arguments()));
        }
        return errors;
    }

    String text(String code, Object... args) {
        return messages.getMessage(code, args, code, Locale.SIMPLIFIED_CHINESE);
    }
}
