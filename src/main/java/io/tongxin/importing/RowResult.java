package io.tongxin.importing;

import java.util.List;

/** The verdict on one row: an action, or the errors that reject it. */
public record RowResult(RowAction action, List<CellError> errors) {

    public RowResult {
        errors = List.copyOf(errors);
        if (action == RowAction.REJECTED && errors.isEmpty()) {
            throw new IllegalArgumentException("A rejected row needs at least one error");
        }
    }

    public static RowResult of(RowAction action) {
        return new RowResult(action, List.of());
    }

    public static RowResult rejected(List<CellError> errors) {
        return new RowResult(RowAction.REJECTED, errors);
    }

    public static RowResult rejected(CellError error) {
        return rejected(List.of(error));
    }

    public boolean valid() {
        return action != RowAction.REJECTED;
    }
}
