package io.tongxin.importing.internal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import io.tongxin.importing.ImportColumn;
import io.tongxin.importing.SourceRow;

/**
 * The data rows of an uploaded file, after its header, without blank rows, read one at a time.
 */
final class UploadedSheet implements Closeable {

    /** A data row both as the file has it (for the file of rejected rows) and by column key. */
    record DataRow(RawRow raw, SourceRow row) {
    }

    private final RowReader reader;
    private final HeaderMap header;
    private final Deque<RawRow> buffered;

    private UploadedSheet(RowReader reader, HeaderMap header, Deque<RawRow> buffered) {
        this.reader = reader;
        this.header = header;
        this.buffered = buffered;
    }

    static UploadedSheet open(FileFormat format, Path file, List<ImportColumn> columns) throws IOException {
        RowReader reader = RowReader.open(format, file);
        try {
            List<RawRow> first = new ArrayList<>();
            for (RawRow row = reader.next(); row != null; row = first.size() < HeaderMap.HEADER_SEARCH_ROWS
                    ? reader.next() : null) {
                first.add(row);
            }
            HeaderMap header = HeaderMap.find(first, columns);
            Deque<RawRow> rest = new ArrayDeque<>();
            first.stream().filter(r -> r.number() > header.headerRowNumber()).forEach(rest::add);
            return new UploadedSheet(reader, header, rest);
        }
        catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    HeaderMap header() {
        return header;
    }

    /** The next non-blank data row, or null at the end. */
    DataRow next() throws IOException {
        while (true) {
            RawRow raw = buffered.isEmpty() ? reader.next() : buffered.poll();
            if (raw == null) {
                return null;
            }
            if (!raw.isBlank()) {
                return new DataRow(raw, header.map(raw));
            }
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
