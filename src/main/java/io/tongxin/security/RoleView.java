package io.tongxin.security;

import java.util.List;

/** A role with the permission codes it grants, as the roles API lists it. */
public record RoleView(String code, String name, boolean builtIn, List<String> permissions) {
}
