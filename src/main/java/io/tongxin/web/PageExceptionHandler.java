package io.tongxin.web;

import io.tongxin.shared.DomainException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns a {@link DomainException} raised by a page controller into the Chinese error page for its
 * status (404 → {@code error/404}, …) with the message from the bundle; for an htmx request, into
 * a small alert fragment that {@code tongxin.js} shows in place.
 *
 * <p>{@code @ControllerAdvice(annotations = Controller.class)} also matches {@code @RestController}s,
 * and which of two advices wins is not defined; so JSON handlers are handed to
 * {@link ApiExceptionHandler} here rather than relying on advice order.
 */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

    private final MessageSource messages;
    private final ApiExceptionHandler api;
    private final NavigationMenu menu;

    PageExceptionHandler(MessageSource messages, ApiExceptionHandler api, NavigationMenu menu) {
        this.messages = messages;
        this.api = api;
        this.menu = menu;
    }

    @ExceptionHandler(DomainException.class)
    Object domain(DomainException e, HandlerMethod handler, HttpServletRequest request) {
        if (writesBody(handler)) {
            return api.domain(e);
        }
        int status = e.status();
        String detail = messages.getMessage(e.messageCode(), e.arguments(), e.messageCode(),
                LocaleContextHolder.getLocale());
        boolean htmx = "true".equals(request.getHeader("HX-Request"));
        ModelAndView page = new ModelAndView(htmx ? "fragments/alerts :: problem" : view(status),
                HttpStatusCode.valueOf(status));
        page.addObject("status", status);
        page.addObject("errorDetail", detail);
        // Model attributes of @ModelAttribute advices do not reach exception views: add the menu again.
        page.addObject("navigation", menu.visibleTo(SecurityContextHolder.getContext().getAuthentication()));
        return page;
    }

    static String view(int status) {
        return switch (status) {
            case 403 -> "error/403";
            case 404 -> "error/404";
            default -> status >= 500 ? "error/500" : "error/4xx";
        };
    }

    private static boolean writesBody(HandlerMethod handler) {
        return AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class)
                || handler.hasMethodAnnotation(ResponseBody.class);
    }
}
