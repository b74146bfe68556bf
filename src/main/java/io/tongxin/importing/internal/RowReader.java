package io.tongxin.importing.internal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

/** Reads the rows of one sheet (or CSV file) in order, one at a time. */
interface RowReader extends Closeable {

    /** The next row, or null at the end. */
    RawRow next() throws IOException;

    static RowReader open(FileFormat format, Path file) throws IOException {
        return switch (format) {
            case XLSX -> new XlsxRowReader(file);
            case XLS -> new XlsRowReader(file);
            case CSV -> new CsvRowReader(file);
        };
    }
}
