package io.tongxin.member;

import static io.tongxin.security.SecurityFixtures.HUANXIAN;
import static io.tongxin.security.SecurityFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import io.tongxin.personaldata.Gender;
import io.tongxin.security.SecurityFixtures;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MemberExportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SecurityFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theFilteredListIsExportedMaskedWithTheTemplateColumnsAndATraceableStamp() throws Exception {
        String clerk = fixtures.user(HUANXIAN, "COUNTY_ADMIN");
        String tag = "导出" + System.nanoTime() % 100000;
        List<String> idNumbers = new ArrayList<>();
        for (String name : new String[] {"甲一", "乙二", "丙三"}) {
            String idNumber = MemberApiTests.newIdNumber(Gender.MALE);
            idNumbers.add(idNumber);
            mvc.perform(post("/api/v1/members").with(httpBasic(clerk, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                    .content("""
                        {"name":"%s","idNumber":"%s","phone":"13912345678","categoryCodes":["ONLINE","NSS_NEW_MEDIA"],
                         "regionCode":"621022104201","tier":"COUNTY","importance":"KEY","tags":["%s"]}"""
                        .formatted(name, idNumber, tag)))
                .andExpect(status().isCreated());
        }

        byte[] file = mvc.perform(get("/api/v1/members/export").param("tag", tag).with(httpBasic(clerk, PASSWORD)))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''")))
            .andReturn().getResponse().getContentAsByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            var sheet = workbook.getSheetAt(0);
            DataFormatter cells = new DataFormatter();
            Row header = sheet.getRow(0);
            assertThat(cells.formatCellValue(header.getCell(0))).isEqualTo("姓名");
            assertThat(cells.formatCellValue(header.getCell(4))).isEqualTo("身份证号码");
            assertThat(cells.formatCellValue(header.getCell(10))).isEqualTo("统战类别");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            Row first = sheet.getRow(1);
            assertThat(cells.formatCellValue(first.getCell(4))).matches("621021\\*{8}\\d{3}[\\dX]");
            assertThat(cells.formatCellValue(first.getCell(5))).isEqualTo("139****5678");
            assertThat(cells.formatCellValue(first.getCell(10))).isEqualTo("网络人士、新媒体从业人员");
            assertThat(cells.formatCellValue(first.getCell(11))).isEqualTo("甘肃省/庆阳市/环县/洪德镇/耿原畔村委会");
            assertThat(cells.formatCellValue(first.getCell(13))).isEqualTo("是");
            assertThat(sheet.getHeader().getCenter()).contains(clerk);
            assertThat(workbook.getProperties().getCoreProperties().getCreator()).isEqualTo(clerk);
        }
        String detail = jdbc.sql("select detail from audit_event where action = 'MEMBER_EXPORTED' and actor = :a")
            .param("a", clerk).query(String.class).single();
        assertThat(detail).contains("rows=3").contains("sensitive=false");
    }

    @Test
    void aClearExportNeedsThePermissionAndAReason() throws Exception {
        String county = fixtures.user(HUANXIAN, "COUNTY_ADMIN");
        String city = fixtures.user(SecurityFixtures.QINGYANG, "CITY_ADMIN");
        String idNumber = MemberApiTests.newIdNumber(Gender.FEMALE);
        String tag = "明文" + System.nanoTime() % 100000;
        mvc.perform(post("/api/v1/members").with(httpBasic(county, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("""
                    {"name":"丁四","idNumber":"%s","categoryCodes":["OTHER"],"regionCode":"%s","tier":"COUNTY",
                     "tags":["%s"]}""".formatted(idNumber, HUANXIAN, tag)))
            .andExpect(status().isCreated());

        mvc.perform(get("/api/v1/members/export").param("tag", tag).param("sensitive", "true").param("reason", "上报")
                .with(httpBasic(county, PASSWORD)))
            .andExpect(status().isForbidden())
            .andExpect(jsonPath("$.detail").value(containsString("没有导出敏感信息明文的权限")));
        mvc.perform(get("/api/v1/members/export").param("tag", tag).param("sensitive", "true")
                .with(httpBasic(city, PASSWORD)))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.detail").value(containsString("事由")));
        byte[] file = mvc.perform(get("/api/v1/members/export").param("tag", tag).param("sensitive", "true")
                .param("reason", "向省委统战部报送").with(httpBasic(city, PASSWORD)))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            assertThat(new DataFormatter().formatCellValue(workbook.getSheetAt(0).getRow(1).getCell(4)))
                .isEqualTo(idNumber);
            assertThat(workbook.getSheetAt(0).getHeader().getCenter()).contains("严禁外传");
        }
        assertThat(jdbc.sql("select detail from audit_event where action = 'MEMBER_EXPORTED' and actor = :a")
            .param("a", city).query(String.class).single()).contains("sensitive=true").contains("向省委统战部报送");
    }

    @Test
    void theImportTemplateHasTheColumnsTextCellsDropDownsAndInstructions() throws Exception {
        String county = fixtures.user(HUANXIAN, "COUNTY_ADMIN");
        mvc.perform(get("/api/v1/members/import-template").with(httpBasic(fixtures.user(HUANXIAN, "LEADER"), PASSWORD)))
            .andExpect(status().isForbidden());
        byte[] file = mvc.perform(get("/api/v1/members/import-template").with(httpBasic(county, PASSWORD)))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            var data = workbook.getSheetAt(0);
            DataFormatter cells = new DataFormatter();
            List<String> headers = new ArrayList<>();
            data.getRow(0).forEach(cell -> headers.add(cells.formatCellValue(cell)));
            assertThat(headers).containsExactly("姓名", "性别", "民族", "出生日期", "身份证号码", "手机号码", "政治面貌",
                    "学历", "工作单位", "职务", "统战类别", "所属区划", "管理层级", "重点人士", "平台", "账号", "昵称", "粉丝数",
                    "备注", "系统编号");
            assertThat(data.getColumnStyle(4).getDataFormatString()).isEqualTo("@");
            assertThat(data.getDataValidations()).hasSize(7);
            var options = workbook.getSheet("options");
            assertThat(workbook.isSheetHidden(workbook.getSheetIndex(options))).isTrue();
            List<String> ethnicities = new ArrayList<>();
            options.forEach(row -> {
                if (row.getCell(1) != null) {
                    ethnicities.add(cells.formatCellValue(row.getCell(1)));
                }
            });
            assertThat(ethnicities).hasSizeGreaterThanOrEqualTo(56).contains("汉族", "回族", "基诺族");
            assertThat(cells.formatCellValue(workbook.getSheetAt(1).getRow(0).getCell(0))).contains("填写说明");
        }
    }
}
