package io.tongxin.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaskingTests {

    @Test
    void idNumbersKeepFirstSixAndLastFour() {
        assertThat(Masking.maskIdNumber("621022198503151232")).isEqualTo("621022********1232");
        assertThat(Masking.maskIdNumber("11010519491231002X")).isEqualTo("110105********002X");
        assertThat(Masking.maskIdNumber(" 621022198503151232 ")).isEqualTo("621022********1232");
        String id = IdNumbers.valid(5);
        assertThat(Masking.maskIdNumber(IdNumber.parse(id))).isEqualTo(id.substring(0, 6) + "********" + id.substring(14));
    }

    @Test
    void malformedIdNumbersAreMaskedMoreNotLess() {
        assertThat(Masking.maskIdNumber("621022850315123")).isEqualTo("621022*****5123");
        assertThat(Masking.maskIdNumber("6210221985")).isEqualTo("62*******5");
        assertThat(Masking.maskIdNumber("12")).isEqualTo("**");
        assertThat(Masking.maskIdNumber("")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "13812345678,        138****5678",
            "+86 138 1234 5678,  138****5678",
            "0934-8212345,       0934-***2345",
            "(0931)8888888,      0931-***8888",
            "010-62345678,       010-****5678",
            "0755 86013388,      0755-****3388",
            "400-810-8888,       400***8888"})
    void phonesKeepWhatStaffNeedToRecogniseThem(String phone, String masked) {
        assertThat(Masking.maskPhone(phone)).isEqualTo(masked);
        assertThat(Masking.maskPhone(PhoneNumber.parse(phone))).isEqualTo(masked);
    }

    @Test
    void unparsablePhonesAreMaskedByDigits() {
        assertThat(Masking.maskPhone("138123456789")).isEqualTo("138*****6789");
        assertThat(Masking.maskPhone("8212345")).isEqualTo("*******");
        assertThat(Masking.maskPhone("unknown")).isEmpty();
    }

    @Test
    void nullAndBlankAreSafe() {
        assertThat(Masking.maskIdNumber((String) null)).isNull();
        assertThat(Masking.maskIdNumber((IdNumber) null)).isNull();
        assertThat(Masking.maskPhone((String) null)).isNull();
        assertThat(Masking.maskPhone((PhoneNumber) null)).isNull();
        assertThat(Masking.maskPhone("  ")).isEmpty();
    }
}
