package io.tongxin.member;

/** The list's query parameters as Spring binds them (GET /api/v1/members and the list page). */
record MemberListParameters(String q, String category, String regionCode, Tier tier, Importance importance,
        MemberStatus status, String tag, String grade, String platform, String position, Boolean stale, String sort,
        Integer page, Integer size) {

    MemberQuery toQuery() {
        return new MemberQuery(q, category, regionCode, tier, importance, status, tag, grade, platform, position,
                stale, sort, page == null ? 0 : page, size == null ? 20 : size);
    }
}
