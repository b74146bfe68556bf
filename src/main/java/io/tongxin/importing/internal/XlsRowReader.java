package io.tongxin.importing.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;

/**
 * Reads an old .xls workbook. The format holds at most 65,536 rows, so reading it whole is fine;
 * VBA macros in it are never loaded or run.
 */
final class XlsRowReader implements RowReader {

    private final HSSFWorkbook workbook;
    private final Iterator<Row> rows;

    XlsRowReader(Path file) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            this.workbook = new HSSFWorkbook(fs.getRoot(), false);
        }
        catch (EncryptedDocumentException e) {
            throw new FileProblem("import.file.encrypted");
        }
        catch (RuntimeException | IOException e) {
            throw ReadFailures.translate(e);
        }
        int sheet = 0;
        while (sheet < workbook.getNumberOfSheets() - 1 && workbook.isSheetHidden(sheet)) {
            sheet++;
        }
        this.rows = workbook.getSheetAt(sheet).rowIterator();
    }

    @Override
    public RawRow next() {
        return rows.hasNext() ? PoiCells.row(rows.next()) : null;
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
