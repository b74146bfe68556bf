package io.tongxin.shared;

/** The input is malformed or breaks a rule; the message says what to fix. */
public class InvalidInputException extends DomainException {

    public InvalidInputException(String messageCode, Object... arguments) {
        super(messageCode, arguments);
    }

    @Override
    public int status() {
        return 400;
    }
}
