package io.tongxin.importing;

/** One line of the validation report: a row, the column as headed in the file, the Chinese text. */
public record ImportError(int row, String column, String message) {
}
