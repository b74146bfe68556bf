package io.tongxin.importing;

import java.util.Map;

/**
 * One data row of an uploaded file: its row number as the person sees it in Excel (or the line in
 * a CSV file) and its cells by column key. A column missing from the file is absent here, which is
 * not the same as an empty cell: handlers may keep stored values for absent columns.
 */
public record SourceRow(int number, Map<String, CellValue> cells) {

    public SourceRow {
        cells = Map.copyOf(cells);
    }

    /** Whether the file has this column at all. */
    public boolean has(String key) {
        return cells.containsKey(key);
    }

    public CellValue cell(String key) {
        return cells.getOrDefault(key, CellValue.EMPTY);
    }

    /** The trimmed text of a cell, or null when the cell is empty or the column is absent. */
    public String text(String key) {
        String text = Cells.clean(cell(key).text());
        return text.isEmpty() ? null : text;
    }

    public boolean isBlank() {
        return cells.values().stream().allMatch(CellValue::isBlank);
    }
}
