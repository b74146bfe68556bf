package io.tongxin.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tongxin.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTests {

    @ParameterizedTest
    @ValueSource(strings = {"13812345678", "138 1234 5678", "138-1234-5678", "+86 138 1234 5678", "+8613812345678",
            "86 13812345678", "8613812345678", "0086 138 1234 5678", "(+86)138-1234-5678", " 13812345678 ",
            "\uFF11\uFF13\uFF18\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16\uFF17\uFF18", "138\u20141234\u20145678",
            "138.1234.5678", "+86\u3000138\u30001234\u30005678"})
    void oneMobileTypedEveryWayHasOneE164(String typed) {
        PhoneNumber phone = PhoneNumber.parse(typed);
        assertThat(phone.e164()).isEqualTo("+8613812345678");
        assertThat(phone.national()).isEqualTo("13812345678");
        assertThat(phone.isMobile()).isTrue();
        assertThat(phone.isFixedLine()).isFalse();
        assertThat(phone.lastFour()).isEqualTo("5678");
        assertThat(phone).isEqualTo(PhoneNumber.parse("13812345678"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0931-8888888", "0931 8888888", "09318888888", "(0931)8888888", "（0931）8888888",
            "0931－8888888", "+86 931 8888888", "+86-931-8888888", "86 931 8888888", "0086 931 8888888"})
    void oneFixedLineTypedEveryWayHasOneE164(String typed) {
        PhoneNumber phone = PhoneNumber.parse(typed);
        assertThat(phone.e164()).isEqualTo("+869318888888");
        assertThat(phone.national()).isEqualTo("0931-8888888");
        assertThat(phone.isMobile()).isFalse();
        assertThat(phone.isFixedLine()).isTrue();
        assertThat(phone.lastFour()).isEqualTo("8888");
    }

    @ParameterizedTest
    @CsvSource({
            "0934-8212345,   +869348212345,  0934-8212345",   // Qingyang
            "0933 8212345,   +869338212345,  0933-8212345",   // Pingliang (Chongxin)
            "010-62345678,   +861062345678,  010-62345678",   // Beijing, 2-digit area code
            "021 6234 5678,  +862162345678,  021-62345678",   // Shanghai
            "0755-86013388,  +8675586013388, 0755-86013388",  // Shenzhen, 8-digit local number
            "17012345678,    +8617012345678, 17012345678",    // virtual operator mobile
            "19912345678,    +8619912345678, 19912345678",
            "16612345678,    +8616612345678, 16612345678",
            "400-810-8888,   +864008108888,  400-810-8888"})  // service number, neither mobile nor fixed
    void nationalFormIsHowStaffWriteIt(String typed, String e164, String national) {
        PhoneNumber phone = PhoneNumber.parse(typed);
        assertThat(phone.e164()).isEqualTo(e164);
        assertThat(phone.national()).isEqualTo(national);
    }

    @Test
    void serviceNumbersAreNeitherMobileNorFixed() {
        PhoneNumber phone = PhoneNumber.parse("400-810-8888");
        assertThat(phone.isMobile()).isFalse();
        assertThat(phone.isFixedLine()).isFalse();
    }

    @Test
    void blankIsRequired() {
        for (String blank : new String[] {null, "", "  ", "\u3000"}) {
            assertCode(blank, "error.phone.required");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "138abcd5678", "1381234567o", "电话13812345678", "无", "138 1234 5678 转 8",
            "+-()", "13812345678#", "tel:13812345678"})
    void textAndLettersAreRejected(String typed) {
        assertCode(typed, "error.phone.characters");
    }

    @ParameterizedTest
    @CsvSource({"1381234567, 10", "138123456789, 12", "+86 138 1234 567, 10", "139, 3"})
    void mobilesOfTheWrongLengthSayHowManyDigits(String typed, int digits) {
        InvalidPhoneNumber e = assertCode(typed, "error.phone.mobile-length");
        assertThat(e.arguments()).containsExactly(digits);
    }

    @ParameterizedTest
    @ValueSource(strings = {"8212345", "8888888", "62345678"})
    void fixedLinesWithoutAreaCodeAskForIt(String typed) {
        assertCode(typed, "error.phone.area-code-missing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "0", "021-6888888", "0931-8888888-123", "10086000000000000", "00000000000",
            "12812345678"})
    void invalidNumbersAreRejected(String typed) {
        assertCode(typed, "error.phone.invalid");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+1 650 253 0000", "+852 9123 4567", "00886 912 345 678", "+44 20 7946 0958"})
    void numbersOutsideTheMainlandAreRejectedForNow(String typed) {
        assertCode(typed, "error.phone.not-mainland");
    }

    @Test
    void failuresAreInvalidInput() {
        assertThatThrownBy(() -> PhoneNumber.parse("abc"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).status()).isEqualTo(400));
    }

    @Test
    void toStringIsMasked() {
        assertThat(PhoneNumber.parse("13812345678")).hasToString("138****5678");
        assertThat(PhoneNumber.parse("0934-8212345")).hasToString("0934-***2345");
    }

    private static InvalidPhoneNumber assertCode(String typed, String code) {
        try {
            PhoneNumber phone = PhoneNumber.parse(typed);
            throw new AssertionError("accepted [" + typed + "] as " + phone.e164() + ", expected " + code);
        } catch (InvalidPhoneNumber e) {
            assertThat(e.messageCode()).as("code for [%s]", typed).isEqualTo(code);
            return e;
        }
    }
}
