package io.tongxin.importing.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import io.tongxin.importing.CellValue;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file as Excel and WPS save it in China: UTF-8 with or without a BOM, GBK (what
 * "CSV" means in a Chinese Excel), or UTF-16 ("Unicode text"); separated by commas, tabs or
 * semicolons, whichever the header line uses.
 */
final class CsvRowReader implements RowReader {

    static final Charset GBK = Charset.forName("GB18030");

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;

    CsvRowReader(Path file) throws IOException {
        String text = decode(Files.readAllBytes(file));
        char delimiter = delimiter(text);
        try {
            this.parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get()
                .parse(new StringReader(text));
        }
        catch (UncheckedIOException e) {
            throw ReadFailures.translate(e);
        }
        this.records = parser.iterator();
    }

    static String decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        }
        catch (CharacterCodingException notUtf8) {
            return new String(bytes, GBK);
        }
    }

    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        char best = ',';
        long most = header.chars().filter(c -> c == ',').count();
        for (char candidate : new char[] {'\t', ';'}) {
            long count = header.chars().filter(c -> c == candidate).count();
            if (count > most) {
                most = count;
                best = candidate;
            }
        }
        return best;
    }

    @Override
    public RawRow next() {
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            List<CellValue> cells = record.stream().limit(PoiCells.MAX_COLUMNS).map(CellValue::text).toList();
            return new RawRow((int) record.getRecordNumber(), cells);
        }
        catch (UncheckedIOException | IllegalStateException e) {
            throw new FileProblem("import.file.csv-malformed");
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
