package io.tongxin.shared;

/** A record does not exist, or lies outside the caller's region scope (which must look the same). */
public class NotFoundException extends DomainException {

    public NotFoundException(String messageCode, Object... arguments) {
        super(messageCode, arguments);
    }

    @Override
    public int status() {
        return 404;
    }
}
