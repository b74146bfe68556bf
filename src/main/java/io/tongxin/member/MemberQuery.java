package io.tongxin.member;

/**
 * The member list's search box, filters, sorting and paging. {@code q} finds by name, full
 * pinyin or initials, full ID number, full phone or its last four digits, and platform handle or
 * display name. {@code regionCode} narrows to a subtree inside the caller's scope.
 */
public record MemberQuery(String q, String category, String regionCode, Tier tier, Importance importance,
        MemberStatus status, String tag, String grade, String platform, String positionType, Boolean stale,
        String sort, int page, int size) {

    public static final int MAX_SIZE = 200;

    public MemberQuery {
        page = Math.max(page, 0);
        size = size <= 0 ? 20 : Math.min(size, MAX_SIZE);
    }

    public static MemberQuery firstPage(String q) {
        return new MemberQuery(q, null, null, null, null, null, null, null, null, null, null, null, 0, 20);
    }
}
