package io.tongxin.security;

import java.util.HashMap;
import java.util.Map;

import io.tongxin.region.Region;
import io.tongxin.region.RegionCode;
import io.tongxin.region.RegionDirectory;
import io.tongxin.shared.ConflictException;
import io.tongxin.shared.DomainException;
import io.tongxin.shared.InvalidInputException;
import io.tongxin.shared.PageResult;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The user-management pages: list with filters and paging, create, edit, reset, unlock. */
@Controller
@RequestMapping("/users")
class UserPageController {

    private static final String FORM = "security/user-form";

    private final UserManagement users;
    private final RegionScopes scopes;
    private final RegionDirectory regions;

    UserPageController(UserManagement users, RegionScopes scopes, RegionDirectory regions) {
        this.users = users;
        this.scopes = scopes;
        this.regions = regions;
    }

    @ModelAttribute("roleNames")
    Map<String, String> roleNames() {
        return users.roleNames();
    }

    @GetMapping
    @PreAuthorize("hasAnyAuthority('user:manage', 'user:unlock')")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String role,
            @RequestParam(defaultValue = "0") int page, Model model) {
        PageResult<UserAccount> found = users.list(new UserQuery(q, role, page, 20));
        Map<String, String> regionNames = new HashMap<>();
        found.content().forEach(u -> regionNames.computeIfAbsent(u.regionCode(),
                code -> regions.find(RegionCode.of(code)).map(Region::pathName).orElse(code)));
        model.addAttribute("users", found);
        model.addAttribute("regionNames", regionNames);
        model.addAttribute("canManage", scopes.currentUser().permissions().contains("user:manage"));
        model.addAttribute("q", q);
        model.addAttribute("role", role);
        return "security/users";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('user:manage')")
    String initCreationForm(Model model) {
        UserForm form = new UserForm();
        form.setRegionCode(scopes.current().root().value());
        model.addAttribute("userForm", form);
        return form(model, null);
    }

    @PostMapping("/new")
    @PreAuthorize("hasAuthority('user:manage')")
    String processCreationForm(@Valid @ModelAttribute("userForm") UserForm form, BindingResult result, Model model) {
        if (result.hasErrors()) {
            return form(model, null);
        }
        try {
            CreatedUser created = users.create(form.toCommand());
            model.addAttribute("created", created);
            return "security/user-created";
        }
        catch (InvalidInputException | ConflictException e) {
            reject(result, e);
            return form(model, null);
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('user:manage')")
    String initUpdateForm(@PathVariable long id, Model model) {
        model.addAttribute("userForm", UserForm.of(users.get(id)));
        return form(model, id);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('user:manage')")
    String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("userForm") UserForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(model, id);
        }
        try {
            users.update(id, form.toCommand());
        }
        catch (InvalidInputException | ConflictException e) {
            reject(result, e);
            return form(model, id);
        }
        redirect.addFlashAttribute("message", "users.saved");
        return "redirect:/users";
    }

    @PostMapping("/{id}/reset-password")
    @PreAuthorize("hasAuthority('user:manage')")
    String resetPassword(@PathVariable long id, Model model) {
        String password = users.resetPassword(id);
        model.addAttribute("created", new CreatedUser(users.get(id), password));
        model.addAttribute("reset", true);
        return "security/user-created";
    }

    @PostMapping("/{id}/unlock")
    @PreAuthorize("hasAnyAuthority('user:manage', 'user:unlock')")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        users.unlock(id);
        redirect.addFlashAttribute("message", "users.unlocked");
        return "redirect:/users";
    }

    private String form(Model model, Long id) {
        model.addAttribute("userId", id);
        model.addAttribute("scopeRoot", scopes.current().root().value());
        return FORM;
    }

    /** Shows a rule the service enforced next to the field it concerns. */
    private static void reject(BindingResult result, DomainException e) {
        String code = e.messageCode();
        String field = code.contains("username") ? "username"
                : code.contains("region") ? "regionCode"
                : code.contains("role") ? "roles" : null;
        if (field == null) {
            result.reject(code, e.arguments(), code);
        }
        else {
            result.rejectValue(field, code, e.arguments(), code);
        }
    }
}
