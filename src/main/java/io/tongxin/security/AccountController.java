package io.tongxin.security;

import io.tongxin.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own account: changing the password. */
@Controller
@RequestMapping(PasswordChangeGate.CHANGE_PASSWORD_PATH)
class AccountController {

    private final UserManagement users;
    private final TongxinUserDetailsService details;
    private final RegionScopes scopes;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    AccountController(UserManagement users, TongxinUserDetailsService details, RegionScopes scopes) {
        this.users = users;
        this.details = details;
        this.scopes = scopes;
    }

    @GetMapping
    String initForm(Model model) {
        model.addAttribute("mustChange", scopes.currentUser().mustChangePassword());
        return "security/password";
    }

    @PostMapping
    String processForm(@RequestParam String currentPassword, @RequestParam String newPassword,
            @RequestParam String confirmPassword, Model model, RedirectAttributes redirect,
            HttpServletRequest request, HttpServletResponse response) {
        try {
            if (!newPassword.equals(confirmPassword)) {
                throw new InvalidInputException("error.password.mismatch");
            }
            users.changeOwnPassword(currentPassword, newPassword);
        }
        catch (InvalidInputException e) {
            model.addAttribute("mustChange", scopes.currentUser().mustChangePassword());
            model.addAttribute("errorCode", e.messageCode());
            model.addAttribute("errorArgs", e.arguments());
            return "security/password";
        }
        refreshPrincipal(request, response);
        redirect.addFlashAttribute("passwordChanged", true);
        return "redirect:/";
    }

    /** The session still holds the old principal (must change = true); replace it. */
    private void refreshPrincipal(HttpServletRequest request, HttpServletResponse response) {
        TongxinUser fresh = (TongxinUser) details.loadUserByUsername(scopes.currentUser().getUsername());
        fresh.eraseCredentials();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
