package io.tongxin.member;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** One row of the form's representative positions (代表人士职务) section; a blank row is ignored. */
class PositionFormRow {

    private String typeCode;
    private String levelCode;
    private String body;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate termStart;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate termEnd;

    PositionFormRow() {
    }

    PositionFormRow(PositionData data) {
        typeCode = data.typeCode();
        levelCode = data.levelCode();
        body = data.body();
        termStart = data.termStart();
        termEnd = data.termEnd();
    }

    boolean isBlank() {
        return MemberForm.blank(typeCode) && MemberForm.blank(levelCode) && MemberForm.blank(body)
                && termStart == null && termEnd == null;
    }

    PositionData toData() {
        return new PositionData(MemberForm.emptyToNull(typeCode), MemberForm.emptyToNull(levelCode),
                MemberForm.emptyToNull(body), termStart, termEnd);
    }

    public String getTypeCode() {
        return typeCode;
    }

    public void setTypeCode(String typeCode) {
        this.typeCode = typeCode;
    }

    public String getLevelCode() {
        return levelCode;
    }

    public void setLevelCode(String levelCode) {
        this.levelCode = levelCode;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public LocalDate getTermStart() {
        return termStart;
    }

    public void setTermStart(LocalDate termStart) {
        this.termStart = termStart;
    }

    public LocalDate getTermEnd() {
        return termEnd;
    }

    public void setTermEnd(LocalDate termEnd) {
        this.termEnd = termEnd;
    }
}
