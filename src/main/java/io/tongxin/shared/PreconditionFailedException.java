package io.tongxin.shared;

/** An {@code If-Match} precondition failed: the record changed since the caller read it. */
public class PreconditionFailedException extends DomainException {

    public PreconditionFailedException(String messageCode, Object... arguments) {
        super(messageCode, arguments);
    }

    @Override
    public int status() {
        return 412;
    }
}
