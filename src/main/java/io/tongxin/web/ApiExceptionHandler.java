package io.tongxin.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.tongxin.shared.DomainException;
import io.tongxin.shared.InvalidFieldsException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure of the JSON API into an RFC 9457 problem detail whose {@code detail}
 * is Chinese text that tells the caller what to fix.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
        // Standard MVC failures (unreadable JSON, wrong method...) take their Chinese detail from
        // the bundle: problemDetail.<exception class name>.
        setMessageSource(messages);
    }

    @ExceptionHandler(InvalidFieldsException.class)
    ResponseEntity<ProblemDetail> invalidFields(InvalidFieldsException e) {
        List<Map<String, String>> errors = e.violations().stream()
            .map(v -> Map.of("field", v.field(), "message", text(v.messageCode(), v.arguments())))
            .toList();
        String detail = text("error.invalid-fields") + errors.stream().map(m -> m.get("message")).toList();
        return problem(HttpStatus.BAD_REQUEST, detail, "error.invalid-input", Map.of("errors", errors));
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException e) {
        String detail = messages.getMessage(e.messageCode(), e.arguments(), e.messageCode(),
                LocaleContextHolder.getLocale());
        return problem(HttpStatusCode.valueOf(e.status()), detail, e.messageCode(), Map.of());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(this::fieldError)
                .toList();
        String detail = errors.isEmpty() ? text("error.invalid-input")
                : text("error.invalid-fields") + errors.stream().map(m -> m.get("message")).toList();
        ProblemDetail body = problem(HttpStatus.BAD_REQUEST, detail, "error.invalid-input", Map.of("errors", errors))
            .getBody();
        return ResponseEntity.badRequest().body(body);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, text("error.bad-parameter", e.getName()), "error.bad-parameter",
                Map.of());
    }

    private Map<String, String> fieldError(FieldError error) {
        String message = messages.getMessage(error, LocaleContextHolder.getLocale());
        return Map.of("field", error.getField(), "message", message);
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatusCode status, String detail, String code,
            Map<String, Object> properties) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:tongxin:problem:" + code));
        properties.forEach(problem::setProperty);
        return ResponseEntity.status(status).body(problem);
    }
}
