package io.tongxin.member.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import io.tongxin.dictionary.Dictionaries;
import io.tongxin.region.RegionCode;
import io.tongxin.region.RegionDirectory;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;

/**
 * One streamed .xlsx export of members. SXSSF keeps only a window of rows in memory and spills
 * the rest to a temporary file, so memory stays flat for 100,000 rows. The columns are those of the
 * import template, every value as text (ID numbers and dates must never become numbers), and the
 * file carries who exported it and when, in the page header and footer and in its properties, so a
 * leaked file can be traced.
 */
final class MemberWorkbook implements AutoCloseable {

    static final List<String> COLUMNS = List.of("name", "gender", "ethnicity", "birthDate", "idNumber", "phone",
            "politicalAffiliation", "education", "employer", "position", "categories", "region", "tier", "key",
            "platform", "handle", "displayName", "followers", "notes", "memberId");
    private static final int WINDOW = 200;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final SXSSFSheet sheet;
    private final CellStyle text;
    private final MessageSource messages;
    private final Dictionaries dictionaries;
    private final RegionDirectory regions;
    private int next = 1;

    MemberWorkbook(String exportedBy, ZonedDateTime at, boolean sensitive, MessageSource messages,
            Dictionaries dictionaries, RegionDirectory regions) {
        this.messages = messages;
        this.dictionaries = dictionaries;
        this.regions = regions;
        this.sheet = workbook.createSheet(message("member.export.sheet"));
        this.text = workbook.createCellStyle();
        text.setDataFormat(workbook.createDataFormat().getFormat("@"));
        String stamp = message(sensitive ? "member.export.stamp-sensitive" : "member.export.stamp", exportedBy,
                at.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
        sheet.getHeader().setCenter(stamp);
        sheet.getFooter().setCenter(stamp);
        var core = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
        core.setCreator(exportedBy);
        core.setTitle(message("member.export.sheet"));
        core.setDescription(stamp);
        var custom = workbook.getXSSFWorkbook().getProperties().getCustomProperties();
        custom.addProperty("exportedBy", exportedBy);
        custom.addProperty("exportedAt", at.toOffsetDateTime().toString());
        custom.addProperty("sensitive", sensitive);
        header();
    }

    private void header() {
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row row = sheet.createRow(0);
        for (int i = 0; i < COLUMNS.size(); i++) {
            var cell = row.createCell(i);
            cell.setCellValue(message("member.export.column." + COLUMNS.get(i)));
            cell.setCellStyle(bold);
            sheet.setColumnWidth(i, (COLUMNS.get(i).equals("idNumber") || COLUMNS.get(i).equals("region") ? 24 : 12)
                    * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    /** Writes one member; {@code idNumber} and {@code phone} are clear or masked as the caller decided. */
    void add(ExportRow r, String idNumber, String phone) {
        MemberRow m = r.member();
        Row row = sheet.createRow(next++);
        String[] values = {m.name(), m.gender() == null ? "" : message("gender." + m.gender()),
            name("ethnicity", m.ethnicity()), m.birthDate() == null ? "" : m.birthDate().toString(),
            nullToEmpty(idNumber), nullToEmpty(phone), name("political-affiliation", m.politicalAffiliation()),
            name("education", m.education()), nullToEmpty(m.employer()), nullToEmpty(m.position()),
            String.join("、", m.categoryCodes().stream().map(c -> name("member-category", c)).toList()),
            regions.find(RegionCode.of(m.regionCode())).map(x -> x.pathName()).orElse(m.regionCode()),
            message("member.tier." + m.tier()), message(m.importance().name().equals("KEY") ? "member.export.yes"
                    : "member.export.no"),
            r.platform() == null ? "" : name("platform", r.platform()), nullToEmpty(r.handle()),
            nullToEmpty(r.displayName()), r.followers() == null ? "" : String.valueOf(r.followers()),
            nullToEmpty(m.notes()), String.valueOf(m.id())};
        for (int i = 0; i < values.length; i++) {
            var cell = row.createCell(i);
            cell.setCellStyle(text);
            cell.setCellValue(values[i]);
        }
    }

    int rows() {
        return next - 1;
    }

    void write(OutputStream out) throws IOException {
        workbook.write(out);
    }

    /** Also deletes SXSSF's temporary files. */
    @Override
    public void close() throws IOException {
        workbook.close();
    }

    private String name(String type, String code) {
        return code == null ? "" : dictionaries.nameOf(type, code);
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, code, Locale.SIMPLIFIED_CHINESE);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
