package io.tongxin.security;

import java.util.List;
import java.util.Map;

import io.tongxin.shared.IfMatch;
import io.tongxin.shared.PageResult;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The users API: accounts in the caller's region scope, for holders of {@code user:manage}. */
@RestController
@RequestMapping("/api/v1")
class UserApiController {

    private final UserManagement users;

    UserApiController(UserManagement users) {
        this.users = users;
    }

    @GetMapping("/users")
    @PreAuthorize("hasAuthority('user:manage')")
    PageResult<UserAccount> list(@RequestParam(required = false) String q, @RequestParam(required = false) String role,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return users.list(new UserQuery(q, role, page, size));
    }

    @GetMapping("/users/{id}")
    @PreAuthorize("hasAuthority('user:manage')")
    UserAccount get(@PathVariable long id) {
        return users.get(id);
    }

    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('user:manage')")
    CreatedUser create(@Valid @RequestBody UserRequest request) {
        return users.create(request.toCommand(null));
    }

    @PutMapping("/users/{id}")
    @PreAuthorize("hasAuthority('user:manage')")
    UserAccount update(@PathVariable long id, @RequestBody UserRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return users.update(id, request.toCommand(ifMatch));
    }

    @PostMapping("/users/{id}/reset-password")
    @PreAuthorize("hasAuthority('user:manage')")
    Map<String, String> resetPassword(@PathVariable long id) {
        return Map.of("initialPassword", users.resetPassword(id));
    }

    @PostMapping("/users/{id}/unlock")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAnyAuthority('user:unlock', 'user:manage')")
    void unlock(@PathVariable long id) {
        users.unlock(id);
    }

    /** The roles a user can be given, with the permission codes each grants. */
    @GetMapping("/roles")
    @PreAuthorize("hasAnyAuthority('user:manage', 'role:manage')")
    List<RoleView> roles() {
        return users.roles();
    }

    /** The JSON body of POST and PUT; on PUT, absent fields keep their stored value. */
    record UserRequest(
            @NotBlank(message = "{error.user.username-required}") @Size(max = 64) String username,
            @Size(max = 64) String displayName,
            @NotBlank(message = "{error.user.region-required}") String regionCode,
            @NotEmpty(message = "{error.user.roles-required}") List<String> roles,
            String password, Boolean enabled, Integer version) {

        UserCommand toCommand(String ifMatch) {
            Integer expected = ifMatch == null || ifMatch.isBlank() ? version
                    : Integer.valueOf(IfMatch.version(ifMatch));
            return new UserCommand(username, displayName, regionCode, roles, password, enabled, expected);
        }
    }
}
