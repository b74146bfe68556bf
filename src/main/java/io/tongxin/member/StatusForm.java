package io.tongxin.member;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** The 变更状态 form: a new status with its date and reason, against the version the page showed. */
class StatusForm {

    private MemberStatus status;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate on = LocalDate.now(MemberHistoryView.BEIJING);
    private String reason;
    private Integer version;

    public MemberStatus getStatus() {
        return status;
    }

    public void setStatus(MemberStatus status) {
        this.status = status;
    }

    public LocalDate getOn() {
        return on;
    }

    public void setOn(LocalDate on) {
        this.on = on;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
