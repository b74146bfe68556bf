package io.tongxin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.tongxin.shared.NavigationEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

/** The side navigation goes into the model of pages, and is not worked out for API answers. */
class NavigationAdviceTests {

    private static final NavigationEntry MEMBERS = new NavigationEntry("nav.members", "/members", "people", null, 10);

    private final NavigationAdvice advice = new NavigationAdvice(menu());

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aPageGetsTheMenuAndItsActiveEntry() throws Exception {
        ExtendedModelMap model = navigationFor(new Page(), "list", "/members/42");

        assertThat(model).containsEntry("navigation", List.of(MEMBERS)).containsEntry("activeHref", "/members");
    }

    @Test
    void aRestControllerOrAResponseBodyMethodGetsNothing() throws Exception {
        assertThat(navigationFor(new Api(), "show", "/api/v1/members/42")).isEmpty();
        assertThat(navigationFor(new Page(), "fragment", "/members/42/count")).isEmpty();
    }

    private ExtendedModelMap navigationFor(Object controller, String method, String path) throws Exception {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("clerk", "x", "member:list"));
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE,
                new HandlerMethod(controller, controller.getClass().getDeclaredMethod(method)));
        ExtendedModelMap model = new ExtendedModelMap();
        advice.navigation(model, request);
        return model;
    }

    private static NavigationMenu menu() {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("members", MEMBERS);
        return new NavigationMenu(beans.getBeanProvider(NavigationEntry.class));
    }

    @Controller
    static class Page {
        @GetMapping
        String list() {
            return "members/list";
        }

        @GetMapping
        @ResponseBody
        String fragment() {
            return "42";
        }
    }

    @RestController
    static class Api {
        @GetMapping
        String show() {
            return "{}";
        }
    }
}
