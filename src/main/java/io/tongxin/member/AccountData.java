package io.tongxin.member;

/** An online platform account as submitted. */
public record AccountData(String platformCode, String handle, String displayName, String url, Long followers,
        String contentDomainCode, Boolean verified) {
}
