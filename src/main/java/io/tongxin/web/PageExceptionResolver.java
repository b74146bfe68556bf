package io.tongxin.web;

import java.io.IOException;

import io.tongxin.shared.DomainException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A {@link DomainException} from a page controller ends on the Chinese error page for its status
 * (404 → {@code error/404}, 403 → {@code error/403}, 400/409 → {@code error/4xx}) with the message
 * from the bundle.
 *
 * <p>It answers with {@code sendError}, so Boot's error controller renders the page with the same
 * model as any page (navigation, current user); the Chinese detail travels as the request
 * attribute {@code errorDetail}, which the error templates read. Spring MVC's own failures on
 * pages (unknown address, malformed parameter) take the same road through Spring's
 * {@code DefaultHandlerExceptionResolver}.
 *
 * <p>A resolver placed after Spring MVC's, rather than an advice: whatever a controller or an
 * advice handles itself (a controller's own {@code @ExceptionHandler}, {@code ApiExceptionHandler}
 * for the JSON API) is already done when it runs; it only catches what nobody handled, and it
 * declines (returns {@code null}) for handlers that write a response body.
 */
@Component
class PageExceptionResolver implements HandlerExceptionResolver, Ordered {

    static final String DETAIL_ATTRIBUTE = "errorDetail";

    private final MessageSource messages;

    PageExceptionResolver(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception ex) {
        if (!(ex instanceof DomainException domain) || !(handler instanceof HandlerMethod method)
                || writesBody(method)) {
            return null;
        }
        request.setAttribute(DETAIL_ATTRIBUTE, messages.getMessage(domain.messageCode(), domain.arguments(),
                domain.messageCode(), LocaleContextHolder.getLocale()));
        try {
            response.sendError(domain.status());
        } catch (IOException e) {
            return null;
        }
        return new ModelAndView();
    }

    private static boolean writesBody(HandlerMethod method) {
        return AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ResponseBody.class)
                || method.hasMethodAnnotation(ResponseBody.class);
    }
}
