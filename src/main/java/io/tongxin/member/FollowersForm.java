package io.tongxin.member;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** The record-followers form on the 网络账号 tab: one account's count on one day (today by default). */
class FollowersForm {

    private Long accountId;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate on = LocalDate.now(MemberHistoryView.BEIJING);
    private Long followers;

    public Long getAccountId() {
        return accountId;
    }

    public void setAccountId(Long accountId) {
        this.accountId = accountId;
    }

    public LocalDate getOn() {
        return on;
    }

    public void setOn(LocalDate on) {
        this.on = on;
    }

    public Long getFollowers() {
        return followers;
    }

    public void setFollowers(Long followers) {
        this.followers = followers;
    }
}
