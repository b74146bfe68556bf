package io.tongxin.importing;

/**
 * What is wrong in one cell (or, with a null column, in the whole row), as a message code and its
 * arguments; the report shows the Chinese text with the header the file itself used.
 */
public record CellError(String columnKey, String messageCode, Object... args) {
}
