package io.tongxin.personaldata;

import io.tongxin.shared.InvalidInputException;

/**
 * A resident ID number was rejected. Each {@link Reason} has its own message code whose Chinese
 * text says what to fix. The arguments never carry the whole number (exception messages reach logs).
 */
public class InvalidIdNumber extends InvalidInputException {

    /** Why the number was rejected; importers can count or group failures by it. */
    public enum Reason {
        REQUIRED("error.id-number.required"),
        CHARACTERS("error.id-number.characters"),
        LENGTH("error.id-number.length"),
        LEGACY_15_DIGITS("error.id-number.legacy-15"),
        EXCEL_SCIENTIFIC("error.id-number.excel-scientific"),
        EXCEL_TRUNCATED("error.id-number.excel-truncated"),
        REGION("error.id-number.region"),
        BIRTH_DATE("error.id-number.birth-date"),
        BIRTH_OUT_OF_RANGE("error.id-number.birth-out-of-range"),
        CHECK_DIGIT("error.id-number.check-digit");

        private final String messageCode;

        Reason(String messageCode) {
            this.messageCode = messageCode;
        }

        public String messageCode() {
            return messageCode;
        }
    }

    private final Reason reason;

    public InvalidIdNumber(Reason reason, Object... arguments) {
        super(reason.messageCode(), arguments);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
