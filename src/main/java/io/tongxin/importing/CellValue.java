package io.tongxin.importing;

/**
 * One cell as the file holds it. {@code text} is what the person sees (numbers without Excel's
 * exponent, so a mangled ID number reads 621022198503151000 and can be explained); {@code number}
 * is set for numeric cells, {@code date} when Excel formats that number as a date.
 */
public record CellValue(String text, Double number, boolean date) {

    public static final CellValue EMPTY = new CellValue("", null, false);

    public static CellValue text(String text) {
        return new CellValue(text == null ? "" : text, null, false);
    }

    public boolean isBlank() {
        return text.isBlank() && number == null;
    }
}
