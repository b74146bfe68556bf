package io.tongxin.livestream.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.tongxin.personaldata.SensitiveDataProtector;
import io.tongxin.region.RegionCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Villages enrolled before V70 kept the contact phone in plain text: the start-up conversion
 * encrypts every such value as it was, masks it, empties the plain column, and a second run
 * changes nothing.
 */
@SpringBootTest
@ActiveProfiles("test")
class VillagePhoneConversionTests {

    /** 山河镇 (正宁县): villages 206 to 210 are this class's own (see VillageContactPhoneApiTests). */
    static final String MOBILE_VILLAGE = "621025100206";
    static final String LANDLINE_VILLAGE = "621025100207";
    static final String ODD_VILLAGE = "621025100208";
    static final String BLANK_VILLAGE = "621025100209";
    static final String NONE_VILLAGE = "621025100210";

    @Autowired
    VillagePhoneConversion conversion;

    @Autowired
    SensitiveDataProtector protector;

    @Autowired
    ProgrammeManagement programme;

    @Autowired
    JdbcClient jdbc;

    @Test
    void legacyPlainPhonesBecomeCipherTextWithoutLoss() {
        legacy(MOBILE_VILLAGE, "139 9341 2345");
        legacy(LANDLINE_VILLAGE, "0934-8212345");
        legacy(ODD_VILLAGE, "12345");
        legacy(BLANK_VILLAGE, " ");
        legacy(NONE_VILLAGE, null);

        assertThat(conversion.convert()).isGreaterThanOrEqualTo(4);

        assertConverted(MOBILE_VILLAGE, "139 9341 2345", "139****2345");
        assertConverted(LANDLINE_VILLAGE, "0934-8212345", "0934-***2345");
        assertConverted(ODD_VILLAGE, "12345", "*****");
        for (String village : List.of(BLANK_VILLAGE, NONE_VILLAGE)) {
            Map<String, Object> row = row(village);
            assertThat(row.get("contact_phone")).isNull();
            assertThat(row.get("contact_phone_cipher")).isNull();
            assertThat(row.get("contact_phone_masked")).isNull();
        }
        assertThat(jdbc.sql("select count(*) from livestream_village where contact_phone is not null")
            .query(Long.class).single()).isZero();

        // Idempotent: nothing plain is left, so a second start changes nothing.
        Object cipher = row(MOBILE_VILLAGE).get("contact_phone_cipher");
        assertThat(conversion.convert()).isZero();
        assertThat(row(MOBILE_VILLAGE).get("contact_phone_cipher")).isEqualTo(cipher);

        // The converted village lists with the mask, like one enrolled today.
        assertThat(programme.villages(RegionCode.of(MOBILE_VILLAGE), false, 0, 20).content())
            .singleElement().extracting(EnrolledVillage::contactPhoneMasked).isEqualTo("139****2345");
    }

    private void assertConverted(String village, String plain, String masked) {
        Map<String, Object> row = row(village);
        assertThat(row.get("contact_phone")).isNull();
        String cipher = (String) row.get("contact_phone_cipher");
        assertThat(cipher).doesNotContain(plain).doesNotContain(plain.substring(plain.length() - 4));
        assertThat(protector.decrypt(cipher)).isEqualTo(plain);
        assertThat(row.get("contact_phone_masked")).isEqualTo(masked);
    }

    /** A village as a release before V70 stored it. */
    private void legacy(String village, String phone) {
        jdbc.sql("""
                insert into livestream_village (village_code, enrolled_on, demonstration, contact_name, contact_phone,
                    created_by, updated_by)
                values (:village, date '2023-06-01', false, '张村长', :phone, 'legacy', 'legacy')""")
            .param("village", village).param("phone", phone).update();
    }

    private Map<String, Object> row(String village) {
        return jdbc.sql("""
                select contact_phone, contact_phone_cipher, contact_phone_masked
                  from livestream_village where village_code = :code""")
            .param("code", village).query().singleRow();
    }
}
