package io.tongxin.importing.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import io.tongxin.importing.CellValue;
import io.tongxin.importing.Cells;
import io.tongxin.importing.ImportColumn;
import io.tongxin.importing.SourceRow;

/**
 * Which column of the file holds what. Headers match in any order, with spaces, full-width
 * characters, required-markers (*) and notes in brackets (手机号码（必填）), and by the synonyms
 * each column declares. The header is the best-matching of the first rows, because many files
 * start with a title row such as "环县统战成员名单".
 */
final class HeaderMap {

    static final int HEADER_SEARCH_ROWS = 10;
    private static final Pattern DECORATION = Pattern.compile("[(（\\[【][^)）\\]】]*[)）\\]】]|[*＊:：\\s]");

    private final RawRow header;
    private final Map<Integer, String> keyByIndex;

    private HeaderMap(RawRow header, Map<Integer, String> keyByIndex) {
        this.header = header;
        this.keyByIndex = keyByIndex;
    }

    /**
     * Picks the header among the first rows. @throws FileProblem when no row looks like a header or
     * a required column is missing.
     */
    static HeaderMap find(List<RawRow> firstRows, List<ImportColumn> columns) {
        Map<String, String> keyBySpelling = new HashMap<>();
        for (ImportColumn column : columns) {
            keyBySpelling.putIfAbsent(spelling(column.header()), column.key());
            column.synonyms().forEach(s -> keyBySpelling.putIfAbsent(spelling(s), column.key()));
        }
        HeaderMap best = null;
        for (RawRow row : firstRows) {
            Map<Integer, String> mapped = new LinkedHashMap<>();
            for (int i = 0; i < row.cells().size(); i++) {
                String key = keyBySpelling.get(spelling(row.cell(i).text()));
                if (key != null && !mapped.containsValue(key)) {
                    mapped.put(i, key);
                }
            }
            if (best == null || mapped.size() > best.keyByIndex.size()) {
                best = new HeaderMap(row, mapped);
            }
        }
        int needed = Math.min(2, columns.size());
        if (best == null || best.keyByIndex.size() < needed) {
            throw new FileProblem("import.file.no-header", headers(columns));
        }
        List<String> missing = new ArrayList<>();
        for (ImportColumn column : columns) {
            if (column.required() && !best.keyByIndex.containsValue(column.key())) {
                missing.add(column.header());
            }
        }
        if (!missing.isEmpty()) {
            throw new FileProblem("import.file.missing-columns", String.join("、", missing));
        }
        return best;
    }

    static String spelling(String header) {
        return DECORATION.matcher(Cells.normalized(header)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static String headers(List<ImportColumn> columns) {
        return String.join("、", columns.stream().limit(6).map(ImportColumn::header).toList());
    }

    int headerRowNumber() {
        return header.number();
    }

    /** The header cells exactly as the file has them, for the file of rejected rows. */
    List<String> originalHeaders() {
        return header.cells().stream().map(c -> c == null ? "" : c.text()).toList();
    }

    /** The header as the file spells it, for the report; the template header when absent. */
    String label(String key, List<ImportColumn> columns) {
        for (Map.Entry<Integer, String> e : keyByIndex.entrySet()) {
            if (e.getValue().equals(key)) {
                return Cells.clean(header.cell(e.getKey()).text());
            }
        }
        return columns.stream().filter(c -> c.key().equals(key)).map(ImportColumn::header).findFirst().orElse(key);
    }

    SourceRow map(RawRow row) {
        Map<String, CellValue> cells = new HashMap<>();
        keyByIndex.forEach((index, key) -> cells.put(key, row.cell(index)));
        return new SourceRow(row.number(), cells);
    }
}
