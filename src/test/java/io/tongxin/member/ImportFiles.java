package io.tongxin.member;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Spreadsheets as people make them, built in the tests: .xlsx, .xls and CSV in any encoding. */
final class ImportFiles {

    /** A cell holding a formula whose value Excel calculated and saved. */
    record Formula(String formula) {
    }

    static final List<String> TEMPLATE_HEADER = List.of("姓名", "性别", "民族", "出生日期", "身份证号码", "手机号码",
            "政治面貌", "学历", "工作单位", "职务", "统战类别", "所属区划", "管理层级", "重点人士", "平台", "账号", "昵称",
            "粉丝数", "备注");

    private ImportFiles() {
    }

    static byte[] xlsx(List<String> header, List<List<Object>> rows) {
        return workbook(new XSSFWorkbook(), header, rows);
    }

    static byte[] xls(List<String> header, List<List<Object>> rows) {
        return workbook(new HSSFWorkbook(), header, rows);
    }

    private static byte[] workbook(Workbook workbook, List<String> header, List<List<Object>> rows) {
        try (workbook) {
            Sheet sheet = workbook.createSheet("data");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            Row head = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                head.createCell(i).setCellValue(header.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    Cell cell = row.createCell(c);
                    if (value instanceof Double d) {
                        cell.setCellValue(d);
                    }
                    else if (value instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    }
                    else if (value instanceof Formula f) {
                        cell.setCellFormula(f.formula());
                    }
                    else if (value != null) {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] csv(List<String> header, List<List<Object>> rows, Charset charset, boolean bom) {
        StringBuilder text = new StringBuilder(bom ? "\uFEFF" : "");
        text.append(String.join(",", header)).append("\r\n");
        for (List<Object> row : rows) {
            text.append(row.stream().map(v -> v == null ? "" : quote(v.toString())).collect(Collectors.joining(",")))
                .append("\r\n");
        }
        return text.toString().getBytes(charset);
    }

    private static String quote(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    /** A template row: name, gender, ID number, phone, categories, region, tier, key, account... */
    static List<Object> row(String name, String gender, String idNumber, String phone, String categories,
            String region, String tier) {
        return new java.util.ArrayList<>(List.of(name, gender, "汉族", "", idNumber == null ? "" : idNumber,
                phone == null ? "" : phone, "群众", "大学本科", "环县融媒体中心", "主播", categories, region, tier, "否", "",
                "", "", "", ""));
    }
}
