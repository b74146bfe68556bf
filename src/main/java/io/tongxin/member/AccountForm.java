package io.tongxin.member;

/** The add-account form on the member page's 网络账号 tab. */
class AccountForm {

    private String platformCode;
    private String handle;
    private String displayName;
    private String url;
    private Long followers;
    private String contentDomainCode;
    private boolean verified;

    AccountData toData() {
        return new AccountData(MemberForm.emptyToNull(platformCode), handle, MemberForm.emptyToNull(displayName),
                MemberForm.emptyToNull(url), followers, MemberForm.emptyToNull(contentDomainCode), verified);
    }

    public String getPlatformCode() {
        return platformCode;
    }

    public void setPlatformCode(String platformCode) {
        this.platformCode = platformCode;
    }

    public String getHandle() {
        return handle;
    }

    public void setHandle(String handle) {
        this.handle = handle;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public Long getFollowers() {
        return followers;
    }

    public void setFollowers(Long followers) {
        this.followers = followers;
    }

    public String getContentDomainCode() {
        return contentDomainCode;
    }

    public void setContentDomainCode(String contentDomainCode) {
        this.contentDomainCode = contentDomainCode;
    }

    public boolean isVerified() {
        return verified;
    }

    public void setVerified(boolean verified) {
        this.verified = verified;
    }
}
