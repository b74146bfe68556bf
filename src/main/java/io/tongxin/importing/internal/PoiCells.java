package io.tongxin.importing.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

import io.tongxin.importing.CellValue;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;

/**
 * POI cells as {@link CellValue}s. A formula is read as the value Excel last calculated and saved
 * with the file; nothing is evaluated here, so no formula (or macro) of the uploader ever runs.
 */
final class PoiCells {

    /** Columns beyond this are ignored: no real import needs them, and a hostile file gains nothing. */
    static final int MAX_COLUMNS = 200;

    /** Excel keeps 15 significant digits: an 18-digit ID number typed as a number loses its last three. */
    private static final MathContext EXCEL_PRECISION = new MathContext(15);

    private PoiCells() {
    }

    static RawRow row(Row row) {
        List<CellValue> cells = new ArrayList<>();
        for (Cell cell : row) {
            int index = cell.getColumnIndex();
            if (index >= MAX_COLUMNS) {
                continue;
            }
            while (cells.size() < index) {
                cells.add(CellValue.EMPTY);
            }
            cells.add(index, value(cell));
        }
        return new RawRow(row.getRowNum() + 1, cells);
    }

    static CellValue value(Cell cell) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        return switch (type) {
            case STRING -> CellValue.text(cell.getStringCellValue());
            case NUMERIC -> numeric(cell);
            case BOOLEAN -> CellValue.text(cell.getBooleanCellValue() ? "TRUE" : "FALSE");
            case ERROR -> CellValue.text("#ERROR");
            default -> CellValue.EMPTY;
        };
    }

    private static CellValue numeric(Cell cell) {
        double value = cell.getNumericCellValue();
        boolean date = DateUtil.isCellDateFormatted(cell);
        String text = date && DateUtil.isValidExcelDate(value)
                ? DateUtil.getLocalDateTime(value).toLocalDate().toString()
                : BigDecimal.valueOf(value).round(EXCEL_PRECISION).stripTrailingZeros().toPlainString();
        return new CellValue(text, value, date);
    }
}
