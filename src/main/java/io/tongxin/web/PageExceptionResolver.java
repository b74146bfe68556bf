package io.tongxin.web;

import io.tongxin.shared.DomainException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

import java.io.IOException;

/**
 * Failures of page requests end on the Chinese error pages: a {@link DomainException} from a view
 * controller with its own status and message (404 → {@code error/404}, 409 → {@code error/4xx}, …),
 * and Spring MVC's own failures (unknown address, wrong parameter type, wrong method) with theirs.
 *
 * <p>It answers with {@code sendError}, so Boot's error controller renders {@code error/<status>}
 * with the same model as any page (navigation, current user); the Chinese detail travels as the
 * request attribute {@code errorDetail}, which the error templates read.
 *
 * <p>A resolver rather than a {@code @ControllerAdvice}: it must win over Boot's global
 * problem-details advice (which would answer a browser with JSON) yet step aside for the JSON API,
 * and only a resolver can decline (return {@code null}) and let the next one — the
 * {@code ApiExceptionHandler} and problem-details advices — answer.
 */
@Component
class PageExceptionResolver implements HandlerExceptionResolver, Ordered {

    static final String DETAIL_ATTRIBUTE = "errorDetail";

    private final MessageSource messages;

    PageExceptionResolver(MessageSource messages) {
        this.messages = messages;
    }

    /** Before Spring MVC's resolvers (order 0), after Boot's error-attribute recorder (highest). */
    @Override
    public int getOrder() {
        return -1;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception ex) {
        if (!isPageRequest(request, handler)) {
            return null;
        }
        int status;
        if (ex instanceof DomainException domain) {
            status = domain.status();
            request.setAttribute(DETAIL_ATTRIBUTE, messages.getMessage(domain.messageCode(), domain.arguments(),
                    domain.messageCode(), LocaleContextHolder.getLocale()));
        } else if (ex instanceof ErrorResponse error) {
            status = error.getStatusCode().value();
            error.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        } else {
            return null;  // e.g. AccessDeniedException: Spring Security's filters answer it
        }
        try {
            response.sendError(status);
        } catch (IOException e) {
            return null;
        }
        return new ModelAndView();
    }

    /**
     * A page request: handled by a controller method that renders a view, or — when no controller
     * method was found — asked for by a browser (HTML accepted) or htmx, outside the JSON API.
     */
    static boolean isPageRequest(HttpServletRequest request, Object handler) {
        if (handler instanceof HandlerMethod method) {
            return !AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ResponseBody.class)
                    && !method.hasMethodAnnotation(ResponseBody.class);
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            return false;
        }
        String accept = request.getHeader("Accept");
        return "true".equals(request.getHeader("HX-Request")) || (accept != null && accept.contains("text/html"));
    }
}
