package io.tongxin.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A user whose password was generated or reset by someone else must choose their own before
 * doing anything else: pages redirect to the change-password form, the API answers 403.
 */
class PasswordChangeGate extends OncePerRequestFilter {

    static final String CHANGE_PASSWORD_PATH = "/account/password";
    private static final List<String> ALLOWED_PREFIXES = List.of(CHANGE_PASSWORD_PATH, "/logout", "/login",
            "/error", "/webjars/", "/css/", "/js/", "/img/", "/favicon.ico", "/actuator/health");

    private final ProblemResponses problems;

    PasswordChangeGate(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean mustChange = authentication != null && authentication.getPrincipal() instanceof TongxinUser user
                && user.mustChangePassword();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!mustChange || ALLOWED_PREFIXES.stream().anyMatch(path::startsWith)) {
            chain.doFilter(request, response);
        }
        else if (path.startsWith("/api/")) {
            problems.write(response, HttpStatus.FORBIDDEN, "error.password.must-change");
        }
        else {
            response.sendRedirect(request.getContextPath() + CHANGE_PASSWORD_PATH);
        }
    }
}
