package io.tongxin.member.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import io.tongxin.dictionary.Dictionaries;
import io.tongxin.dictionary.DictionaryItem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The Excel template staff fill in to import members: the export's columns, every cell formatted
 * as text (so Excel never turns an ID number into 6.21022E+17), drop-down lists for the dictionary
 * columns fed from a hidden options sheet, and an instructions sheet with an example row.
 */
@Component
public class ImportTemplate {

    /** Rows prepared with text format and drop-downs; the import reads any number. */
    static final int PREPARED_ROWS = 2000;
    private static final String OPTIONS = "options";

    private final Dictionaries dictionaries;
    private final MessageSource messages;

    ImportTemplate(Dictionaries dictionaries, MessageSource messages) {
        this.dictionaries = dictionaries;
        this.messages = messages;
    }

    public void write(OutputStream out) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet data = workbook.createSheet(message("member.export.sheet"));
            Sheet instructions = workbook.createSheet(message("member.template.instructions"));
            Sheet options = workbook.createSheet(OPTIONS);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);

            Row header = data.createRow(0);
            for (int i = 0; i < MemberWorkbook.COLUMNS.size(); i++) {
                header.createCell(i).setCellValue(message("member.export.column." + MemberWorkbook.COLUMNS.get(i)));
                header.getCell(i).setCellStyle(bold);
                data.setDefaultColumnStyle(i, text);
                data.setColumnWidth(i, 14 * 256);
            }
            data.setColumnWidth(column("idNumber"), 22 * 256);
            data.setColumnWidth(column("region"), 30 * 256);
            data.createFreezePane(0, 1);

            list(data, options, 0, "gender", List.of(message("gender.MALE"), message("gender.FEMALE")));
            list(data, options, 1, "ethnicity", names("ethnicity"));
            list(data, options, 2, "politicalAffiliation", names("political-affiliation"));
            list(data, options, 3, "education", names("education"));
            list(data, options, 4, "tier", List.of(message("member.tier.CITY"), message("member.tier.COUNTY"),
                    message("member.tier.TOWNSHIP")));
            list(data, options, 5, "key", List.of(message("member.export.yes"), message("member.export.no")));
            list(data, options, 6, "platform", names("platform"));
            workbook.setSheetHidden(workbook.getSheetIndex(options), true);

            instructions(instructions, bold);
            workbook.write(out);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void list(Sheet data, Sheet options, int optionColumn, String field, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            Row row = options.getRow(i) == null ? options.createRow(i) : options.getRow(i);
            row.createCell(optionColumn).setCellValue(values.get(i));
        }
        String letter = String.valueOf((char) ('A' + optionColumn));
        DataValidationHelper helper = data.getDataValidationHelper();
        var constraint = helper.createFormulaListConstraint(
                OPTIONS + "!$" + letter + "$1:$" + letter + "$" + values.size());
        int column = column(field);
        DataValidation validation = helper.createValidation(constraint,
                new CellRangeAddressList(1, PREPARED_ROWS, column, column));
        validation.setShowErrorBox(true);
        validation.createErrorBox(message("member.template.invalid-title"), message("member.template.invalid-text"));
        data.addValidationData(validation);
    }

    private void instructions(Sheet sheet, CellStyle bold) {
        String[] lines = message("member.template.rules").split("\\|");
        for (int i = 0; i < lines.length; i++) {
            sheet.createRow(i).createCell(0).setCellValue(lines[i]);
        }
        sheet.getRow(0).getCell(0).setCellStyle(bold);
        sheet.setColumnWidth(0, 100 * 256);
        int exampleAt = lines.length + 1;
        Row header = sheet.createRow(exampleAt);
        Row example = sheet.createRow(exampleAt + 1);
        String[] values = message("member.template.example").split("\\|");
        for (int i = 0; i < MemberWorkbook.COLUMNS.size(); i++) {
            header.createCell(i).setCellValue(message("member.export.column." + MemberWorkbook.COLUMNS.get(i)));
            header.getCell(i).setCellStyle(bold);
            example.createCell(i).setCellValue(i < values.length ? values[i] : "");
        }
    }

    private List<String> names(String type) {
        return dictionaries.items(type).stream().map(DictionaryItem::name).toList();
    }

    private static int column(String field) {
        return MemberWorkbook.COLUMNS.indexOf(field);
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, code, Locale.SIMPLIFIED_CHINESE);
    }
}
