package io.tongxin.security;

/** A new account and, when it was generated, its one-time initial password (shown once, never stored). */
public record CreatedUser(UserAccount account, String initialPassword) {
}
