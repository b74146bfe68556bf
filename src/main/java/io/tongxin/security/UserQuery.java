package io.tongxin.security;

/** Filters and paging for the user list. */
public record UserQuery(String keyword, String role, int page, int size) {

    public UserQuery {
        page = Math.max(page, 0);
        size = size <= 0 ? 20 : Math.min(size, 200);
    }
}
