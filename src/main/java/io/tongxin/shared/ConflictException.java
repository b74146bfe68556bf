package io.tongxin.shared;

/** The request clashes with the current state: a duplicate, or a stale version. */
public class ConflictException extends DomainException {

    public ConflictException(String messageCode, Object... arguments) {
        super(messageCode, arguments);
    }

    @Override
    public int status() {
        return 409;
    }
}
