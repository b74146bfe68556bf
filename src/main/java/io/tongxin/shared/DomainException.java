package io.tongxin.shared;

import java.util.Arrays;

/**
 * A business rule said no. Carries a message code from {@code messages_zh_CN.properties}
 * (so the user reads Chinese that says what to fix) and the HTTP status it maps to.
 */
public abstract class DomainException extends RuntimeException {

    private final String messageCode;
    private final transient Object[] arguments;

    protected DomainException(String messageCode, Object... arguments) {
        super(messageCode + Arrays.toString(arguments));
        this.messageCode = messageCode;
        this.arguments = arguments.clone();
    }

    public String messageCode() {
        return messageCode;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** The HTTP status code this fact maps to. */
    public abstract int status();
}
