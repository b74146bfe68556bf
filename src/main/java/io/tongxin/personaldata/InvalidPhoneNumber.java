package io.tongxin.personaldata;

import io.tongxin.shared.InvalidInputException;

/** A phone number was rejected; the {@code error.phone.*} message says what to fix. */
public class InvalidPhoneNumber extends InvalidInputException {

    public InvalidPhoneNumber(String messageCode, Object... arguments) {
        super(messageCode, arguments);
    }
}
