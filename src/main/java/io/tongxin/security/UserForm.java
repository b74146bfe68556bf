package io.tongxin.security;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The account form of the user-management page (separate from the API body and the entity). */
class UserForm {

    @NotBlank(message = "{error.user.username-required}")
    @Size(max = 64, message = "{error.user.username-too-long}")
    @Pattern(regexp = "[A-Za-z0-9_.@-]*", message = "{error.user.username-chars}")
    private String username;

    @Size(max = 64, message = "{error.user.display-name-too-long}")
    private String displayName;

    @NotBlank(message = "{error.user.region-required}")
    private String regionCode;

    @NotEmpty(message = "{error.user.roles-required}")
    private List<String> roles = new ArrayList<>();

    private boolean enabled = true;
    private Integer version;

    static UserForm of(UserAccount account) {
        UserForm form = new UserForm();
        form.username = account.username();
        form.displayName = account.displayName();
        form.regionCode = account.regionCode();
        form.roles = new ArrayList<>(account.roles());
        form.enabled = account.enabled();
        form.version = account.version();
        return form;
    }

    UserCommand toCommand() {
        return new UserCommand(username, displayName, regionCode, roles, null, enabled, version);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles == null ? new ArrayList<>() : roles;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
