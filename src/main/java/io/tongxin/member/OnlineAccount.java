package io.tongxin.member;

/** One of a member's online platform accounts. */
public record OnlineAccount(long id, String platformCode, String handle, String displayName, String url,
        long followers, String contentDomainCode, boolean verified) {
}
