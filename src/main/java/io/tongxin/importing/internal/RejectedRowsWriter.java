package io.tongxin.importing.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.tongxin.importing.CellValue;
import io.tongxin.importing.ImportError;
import io.tongxin.importing.ImportColumn;
import io.tongxin.personaldata.SensitiveDataProtector;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The rows that were not imported, as the person's own file: the same header and cells (all as
 * text, so ID numbers stay intact), the original row number, and a first column saying what to
 * fix. They correct it and upload it again.
 */
@Component
class RejectedRowsWriter {

    private final SensitiveDataProtector protector;
    private final MessageSource messages;

    RejectedRowsWriter(SensitiveDataProtector protector, MessageSource messages) {
        this.protector = protector;
        this.messages = messages;
    }

    void write(ImportJobRepository.StoredFile stored, List<ImportColumn> columns, List<ImportError> errors,
            OutputStream out) {
        Map<Integer, String> problems = errors.stream().collect(Collectors.groupingBy(ImportError::row,
                Collectors.mapping(e -> e.column() == null ? e.message() : e.column() + "：" + e.message(),
                        Collectors.joining("；"))));
        Path file = null;
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            file = Files.createTempFile("tongxin-rejected-", ".tmp");
            Files.write(file, protector.decryptBytes(stored.sealed()));
            Sheet sheet = workbook.createSheet(text("import.rejected.sheet"));
            CellStyle textStyle = workbook.createCellStyle();
            textStyle.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle errorStyle = workbook.createCellStyle();
            Font red = workbook.createFont();
            red.setColor(IndexedColors.RED.getIndex());
            errorStyle.setFont(red);
            errorStyle.setFillForegroundColor(IndexedColors.LEMON_CHIFFON.getIndex());
            errorStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            try (UploadedSheet upload = UploadedSheet.open(stored.format(), file, columns)) {
                List<String> header = upload.header().originalHeaders();
                Row head = sheet.createRow(0);
                head.createCell(0).setCellValue(text("import.rejected.error-column"));
                head.createCell(1).setCellValue(text("import.rejected.row-column"));
                for (int i = 0; i < header.size(); i++) {
                    head.createCell(i + 2).setCellValue(header.get(i));
                }
                int next = 1;
                for (var data = upload.next(); data != null; data = upload.next()) {
                    String problem = problems.get(data.raw().number());
                    if (problem == null) {
                        continue;
                    }
                    Row row = sheet.createRow(next++);
                    row.createCell(0).setCellValue(problem);
                    row.getCell(0).setCellStyle(errorStyle);
                    row.createCell(1).setCellValue(data.raw().number());
                    List<CellValue> cells = data.raw().cells();
                    for (int i = 0; i < cells.size(); i++) {
                        var cell = row.createCell(i + 2);
                        cell.setCellStyle(textStyle);
                        cell.setCellValue(cells.get(i) == null ? "" : cells.get(i).text());
                    }
                }
                sheet.setColumnWidth(0, 60 * 256);
                sheet.createFreezePane(0, 1);
            }
            workbook.write(out);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        finally {
            deleteQuietly(file);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            }
            catch (IOException ignored) {
                // a temporary file; the OS cleans its temp directory
            }
        }
    }

    private String text(String code) {
        return messages.getMessage(code, null, code, Locale.SIMPLIFIED_CHINESE);
    }
}
