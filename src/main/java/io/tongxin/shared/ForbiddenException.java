package io.tongxin.shared;

/** The caller is known but lacks the permission for this action. */
public class ForbiddenException extends DomainException {

    public ForbiddenException(String messageCode, Object... arguments) {
        super(messageCode, arguments);
    }

    @Override
    public int status() {
        return 403;
    }
}
