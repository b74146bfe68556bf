package io.tongxin.security;

import java.io.Serializable;

/** A role as users see it: the code the API speaks and the name the UI shows. */
public record RoleRef(String code, String name) implements Serializable {
}
