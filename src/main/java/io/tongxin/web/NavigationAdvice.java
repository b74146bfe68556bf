package io.tongxin.web;

import java.util.List;

import io.tongxin.shared.NavigationEntry;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

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
        List<NavigationEntry> visible = menu.visibleTo(SecurityContextHolder.getContext().getAuthentication());
        model.addAttribute("navigation", visible);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        model.addAttribute("activeHref", NavigationMenu.activeHref(visible, path));
    }
}
