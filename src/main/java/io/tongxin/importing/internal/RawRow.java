package io.tongxin.importing.internal;

import java.util.List;

import io.tongxin.importing.CellValue;

/** A row as read from the file: its number as the person sees it and its cells by position. */
record RawRow(int number, List<CellValue> cells) {

    CellValue cell(int index) {
        return index < cells.size() && cells.get(index) != null ? cells.get(index) : CellValue.EMPTY;
    }

    boolean isBlank() {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }
}
