package io.tongxin.web;

import java.util.List;

import io.tongxin.shared.NavigationEntry;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Gives every page (including Boot's error pages, whose controller is a plain {@code @Controller})
 * the side navigation the layout draws, and which entry is the current one.
 */
@ControllerAdvice(annotations = Controller.class)
class NavigationAdvice {

    private final NavigationMenu menu;

    NavigationAdvice(NavigationMenu menu) {
        this.menu = menu;
    }

    @ModelAttribute
    void navigation(Model model, HttpServletRequest request) {
        if (answersWithBody(request)) {
            return;
        }
        List<NavigationEntry> visible = menu.visibleTo(SecurityContextHolder.getContext().getAuthentication());
        model.addAttribute("navigation", visible);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        model.addAttribute("activeHref", NavigationMenu.activeHref(visible, path));
    }

    /**
     * True for a handler that writes its answer itself ({@code @RestController}, {@code @ResponseBody}):
     * the advice applies to it too (a {@code @RestController} is a {@code @Controller}), but it
     * renders no layout, and working out the menu was a seventh of the CPU of a small API call.
     */
    static boolean answersWithBody(HttpServletRequest request) {
        return request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod method
                && (method.hasMethodAnnotation(ResponseBody.class)
                        || AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ResponseBody.class));
    }
}
