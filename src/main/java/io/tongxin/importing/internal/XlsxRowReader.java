package io.tongxin.importing.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;

import com.github.pjfanning.xlsx.StreamingReader;
import com.github.pjfanning.xlsx.exceptions.OpenException;
import com.github.pjfanning.xlsx.exceptions.ParseException;
import com.github.pjfanning.xlsx.exceptions.ReadException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Streams the first visible sheet of an .xlsx file a few rows at a time, so 100,000 rows take
 * little memory. POI's zip checks (inflation ratio, entry size) guard against zip bombs.
 */
final class XlsxRowReader implements RowReader {

    private final Workbook workbook;
    private final Iterator<Row> rows;

    XlsxRowReader(Path file) throws IOException {
        try {
            this.workbook = StreamingReader.builder().rowCacheSize(200).bufferSize(8192).setReadComments(false)
                .setReadHyperlinks(false).setReadShapes(false).setReadCoreProperties(false).open(file.toFile());
        }
        catch (OpenException | ReadException | ParseException | org.apache.poi.UnsupportedFileFormatException e) {
            throw ReadFailures.translate(e);
        }
        try {
            this.rows = workbook.getSheetAt(firstVisibleSheet()).rowIterator();
        }
        catch (RuntimeException e) {
            workbook.close();
            throw ReadFailures.translate(e);
        }
    }

    private int firstVisibleSheet() {
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            if (!workbook.isSheetHidden(i) && !workbook.isSheetVeryHidden(i)) {
                return i;
            }
        }
        return 0;
    }

    @Override
    public RawRow next() {
        try {
            return rows.hasNext() ? PoiCells.row(rows.next()) : null;
        }
        catch (RuntimeException e) {
            throw ReadFailures.translate(e);
        }
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
