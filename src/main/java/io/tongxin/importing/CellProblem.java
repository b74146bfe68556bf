package io.tongxin.importing;

/** Thrown by {@link Cells} when a value cannot be read; the handler turns it into a {@link CellError}. */
public class CellProblem extends RuntimeException {

    private final String messageCode;
    private final transient Object[] args;

    public CellProblem(String messageCode, Object... args) {
        super(messageCode, null, false, false);
        this.messageCode = messageCode;
        this.args = args;
    }

    public CellError at(String columnKey) {
        return new CellError(columnKey, messageCode, args);
    }
}
