package io.tongxin.security;

import java.util.List;

/**
 * What an administrator submits to create or change an account.
 *
 * @param password optional; when empty a password is generated. Either way the user must change
 *                 it at first login, since someone else has seen it.
 * @param version  the version the editor saw: a stale one is refused (409). Forms always send it;
 *                 a script may omit it to mean "whatever is stored now".
 */
public record UserCommand(String username, String displayName, String regionCode, List<String> roles,
        String password, Boolean enabled, Integer version) {
}
