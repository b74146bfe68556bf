package io.tongxin.security;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import io.tongxin.audit.AuditActions;
import io.tongxin.audit.AuditEntry;
import io.tongxin.audit.AuditLog;
import io.tongxin.audit.AuditOutcome;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * 401 and 403 for the JSON API as RFC 9457 problem details in Chinese. Denials are audited:
 * someone probing for permissions they lack is exactly what the security admin wants to see.
 */
@Component
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final MessageSource messages;
    private final JsonMapper json;
    private final AuditLog audit;

    ProblemResponses(MessageSource messages, JsonMapper json, AuditLog audit) {
        this.messages = messages;
        this.json = json;
        this.audit = audit;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        // Scripts get the Basic challenge; the browser's own requests (htmx, fetch) must not pop up a dialog.
        if (request.getHeader("HX-Request") == null && request.getHeader("X-Requested-With") == null) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"tongxin\", charset=\"UTF-8\"");
        }
        write(response, HttpStatus.UNAUTHORIZED, "error.401");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        auditDenied(request);
        write(response, HttpStatus.FORBIDDEN, "error.403.detail");
    }

    void auditDenied(HttpServletRequest request) {
        audit.record(AuditEntry.of(AuditActions.ACCESS_DENIED).outcome(AuditOutcome.DENIED)
            .detail(request.getMethod() + " " + request.getRequestURI()));
    }

    void write(HttpServletResponse response, HttpStatus status, String messageCode) throws IOException {
        String detail = messages.getMessage(messageCode, null, messageCode, Locale.SIMPLIFIED_CHINESE);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:tongxin:problem:" + messageCode));
        response.setStatus(status.value());
        response.setCharacterEncoding("UTF-8");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
