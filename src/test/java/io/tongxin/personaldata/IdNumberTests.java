package io.tongxin.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import io.tongxin.personaldata.InvalidIdNumber.Reason;
import io.tongxin.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdNumberTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @Test
    void checkDigitMatchesTheExamplesOfTheStandard() {
        // The two sample numbers printed in GB 11643-1999.
        assertThat(IdNumber.checkDigit("11010519491231002")).isEqualTo('X');
        assertThat(IdNumber.checkDigit("44052418800101001")).isEqualTo('4');
        assertThat(IdNumber.parse("11010519491231002X").gender()).isEqualTo(Gender.FEMALE);
        // Its check digit is right; it fails only for being born before 1900.
        assertReason("440524188001010014", Reason.BIRTH_OUT_OF_RANGE);
    }

    @Test
    void checkDigitRejectsAnythingButSeventeenDigits() {
        for (String bad : new String[] {null, "", "1101051949123100", "110105194912310021", "1101051949123100X"}) {
            assertThatThrownBy(() -> IdNumber.checkDigit(bad)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void validNumbersFromTheHelperParseWithTheirParts() {
        LocalDate[] births = {LocalDate.of(1900, 1, 1), LocalDate.of(1949, 10, 1), LocalDate.of(1985, 3, 15),
                LocalDate.of(2000, 2, 29), LocalDate.of(2008, 8, 8), TODAY};
        String[] regions = {IdNumbers.HUANXIAN, IdNumbers.CHONGXIN, IdNumbers.XIFENG, "110105", "650102", "540102"};
        Set<String> seen = new HashSet<>();
        for (String region : regions) {
            for (LocalDate birth : births) {
                for (Gender gender : Gender.values()) {
                    for (int seq : new int[] {0, 1, 57, 499}) {
                        String raw = IdNumbers.valid(region, birth, gender, seq);
                        IdNumber id = IdNumber.parse(raw, TODAY);
                        assertThat(id.value()).isEqualTo(raw);
                        assertThat(id.birthDate()).isEqualTo(birth);
                        assertThat(id.gender()).isEqualTo(gender);
                        assertThat(id.birthRegionPrefix()).isEqualTo(region);
                        assertThat(id.isResidencePermit()).isFalse();
                        assertThat(seen.add(raw)).as("helper gives distinct numbers").isTrue();
                    }
                }
            }
        }
        assertThat(seen).hasSize(6 * 6 * 2 * 4);
    }

    @Test
    void aCheckDigitXIsAcceptedInLowerCaseAndFullWidth() {
        String withX = firstWithCheckDigit('X');
        assertThat(IdNumber.parse(withX).value()).isEqualTo(withX);
        assertThat(IdNumber.parse(withX.replace('X', 'x')).value()).isEqualTo(withX);
        assertThat(IdNumber.parse(withX.replace('X', '\uFF58')).value()).isEqualTo(withX);
        assertThat(IdNumber.parse(withX.replace('X', '\uFF38')).value()).isEqualTo(withX);
    }

    @Test
    void typingAndPastingNoiseIsNormalised() {
        String id = IdNumbers.valid(7);
        String fullWidth = id.chars().mapToObj(c -> String.valueOf((char) (c - '0' + '\uFF10')))
                .reduce("", String::concat);
        for (String typed : new String[] {"  " + id + "\t", fullWidth, id.substring(0, 6) + " " + id.substring(6, 14)
                + " " + id.substring(14), "\uFEFF" + id, id + "\u00A0", "\u3000" + id + "\u200B", "'" + id}) {
            assertThat(IdNumber.parse(typed).value()).as(typed).isEqualTo(id);
        }
    }

    @Test
    void genderFollowsTheParityOfDigitSeventeen() {
        String base = "62102219850315";
        for (int third = 0; third <= 9; third++) {
            String first17 = base + "12" + third;
            IdNumber id = IdNumber.parse(first17 + IdNumber.checkDigit(first17));
            assertThat(id.gender()).isEqualTo(third % 2 == 1 ? Gender.MALE : Gender.FEMALE);
        }
    }

    @Test
    void residencePermitsOfHongKongMacaoAndTaiwanResidentsAreAccepted() {
        LocalDate birth = LocalDate.of(1990, 5, 20);
        for (String region : new String[] {"810000", "820000", "830000"}) {
            IdNumber id = IdNumber.parse(IdNumbers.valid(region, birth, Gender.FEMALE, 3));
            assertThat(id.isResidencePermit()).as(region).isTrue();
        }
        assertThat(IdNumber.parse(IdNumbers.valid("710000", birth, Gender.MALE, 3)).isResidencePermit()).isFalse();
    }

    @Test
    void missingValueIsRequired() {
        for (String blank : new String[] {null, "", "   ", "\u3000"}) {
            assertReason(blank, Reason.REQUIRED);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"62102219850315123A", "张三", "6210221985-0315123", "621022X98503151235",
            "62102219850315123/", "身份证621022198503151235", "6210221985031512３Ｏ"})
    void lettersAndSymbolsAreIllegalCharacters(String typed) {
        assertReason(typed, Reason.CHARACTERS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"6", "62102219850315123", "6210221985031512345", "62102219850315123456789", "X"})
    void otherLengthsAreRejectedWithTheLength(String typed) {
        InvalidIdNumber e = assertReason(typed, Reason.LENGTH);
        assertThat(e.arguments()).containsExactly(typed.length());
    }

    @ParameterizedTest
    @ValueSource(strings = {"621022850315123", "110105491231002", " 62102285031512３ "})
    void fifteenDigitOldNumbersAskForTheEighteenDigitOne(String typed) {
        assertReason(typed, Reason.LEGACY_15_DIGITS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"6.21022E+17", "6.21022e+17", "6.21022198503151E+17", "6.2102219850315123E17", "6E+17"})
    void excelScientificNotationIsExplained(String typed) {
        assertReason(typed, Reason.EXCEL_SCIENTIFIC);
    }

    @Test
    void excelTruncationToFifteenDigitsIsExplained() {
        int truncated = 0;
        for (int seq = 0; seq < 40; seq++) {
            String original = IdNumbers.valid(seq);
            String mangled = original.substring(0, 15) + "000";
            if (IdNumber.checkDigit(mangled.substring(0, 17)) == '0') {
                // By chance a real number: it must stay accepted.
                assertThat(IdNumber.parse(mangled).value()).isEqualTo(mangled);
            } else {
                assertReason(mangled, Reason.EXCEL_TRUNCATED);
                truncated++;
            }
        }
        assertThat(truncated).isGreaterThan(30);
    }

    @Test
    void aWrongCheckDigitNamesTheLastDigit() {
        for (int seq = 0; seq < 30; seq++) {
            assertReason(IdNumbers.withWrongCheckDigit(IdNumbers.valid(seq)), Reason.CHECK_DIGIT);
        }
        // One mistyped middle digit is also caught by the check digit.
        String id = IdNumbers.valid(9);
        String typo = id.substring(0, 15) + (char) ('0' + (id.charAt(15) - '0' + 1) % 10) + id.substring(16);
        assertReason(typo, Reason.CHECK_DIGIT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"000000", "100000", "160000", "390000", "720000", "840000", "910000", "990000"})
    void unknownProvincePrefixesAreRejected(String region) {
        InvalidIdNumber e = assertReason(IdNumbers.valid(region, LocalDate.of(1980, 1, 1), Gender.MALE, 1), Reason.REGION);
        assertThat(e.arguments()).containsExactly(region.substring(0, 2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"19850230", "19851301", "19850000", "20230229", "19000229", "19851232"})
    void impossibleBirthDatesAreRejected(String birth) {
        String first17 = "621022" + birth + "123";
        InvalidIdNumber e = assertReason(first17 + IdNumber.checkDigit(first17), Reason.BIRTH_DATE);
        assertThat(e.arguments()).containsExactly(birth);
    }

    @Test
    void birthDatesBefore1900OrAfterTodayAreRejected() {
        String tomorrow = IdNumbers.valid(IdNumbers.HUANXIAN, TODAY.plusDays(1), Gender.MALE, 1);
        InvalidIdNumber e = assertReason(tomorrow, Reason.BIRTH_OUT_OF_RANGE);
        assertThat(e.arguments()).containsExactly("2026-06-02");
        assertReason(IdNumbers.valid(IdNumbers.HUANXIAN, LocalDate.of(1899, 12, 31), Gender.MALE, 1),
                Reason.BIRTH_OUT_OF_RANGE);
        // Without an explicit day, "today" is Beijing's.
        LocalDate beijingTomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1);
        assertThatThrownBy(() -> IdNumber.parse(IdNumbers.valid(IdNumbers.HUANXIAN, beijingTomorrow, Gender.MALE, 1)))
                .isInstanceOf(InvalidIdNumber.class);
    }

    @Test
    void everyReasonHasItsOwnMessageCodeAndIsAnInvalidInput() {
        assertThat(Arrays.stream(Reason.values()).map(Reason::messageCode).distinct())
                .hasSize(Reason.values().length)
                .allMatch(code -> code.startsWith("error.id-number."));
        InvalidIdNumber e = new InvalidIdNumber(Reason.CHECK_DIGIT);
        assertThat(e).isInstanceOf(InvalidInputException.class);
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.messageCode()).isEqualTo("error.id-number.check-digit");
    }

    @Test
    void failuresNeverCarryTheWholeNumber() {
        String wrong = IdNumbers.withWrongCheckDigit(IdNumbers.valid(3));
        assertThatThrownBy(() -> IdNumber.parse(wrong)).hasMessageNotContaining(wrong.substring(0, 14));
    }

    @Test
    void equalityIsByValueAndToStringIsMasked() {
        String raw = IdNumbers.valid(11);
        IdNumber id = IdNumber.parse(raw);
        assertThat(id).isEqualTo(IdNumber.parse(" " + raw.toLowerCase() + " ")).hasSameHashCodeAs(IdNumber.parse(raw));
        assertThat(id).isNotEqualTo(IdNumber.parse(IdNumbers.valid(12)));
        assertThat(id.toString()).isEqualTo(raw.substring(0, 6) + "********" + raw.substring(14))
                .doesNotContain(raw.substring(6, 14));
    }

    @Test
    void ageIsInWholeYears() {
        IdNumber id = IdNumber.parse(IdNumbers.valid(IdNumbers.XIFENG, LocalDate.of(1985, 3, 15), Gender.FEMALE, 2));
        assertThat(id.ageOn(LocalDate.of(2026, 3, 14))).isEqualTo(40);
        assertThat(id.ageOn(LocalDate.of(2026, 3, 15))).isEqualTo(41);
    }

    private static String firstWithCheckDigit(char check) {
        for (int seq = 0; seq < 500; seq++) {
            String id = IdNumbers.valid(seq);
            if (id.charAt(17) == check) {
                return id;
            }
        }
        throw new AssertionError("no number with check digit " + check);
    }

    private static InvalidIdNumber assertReason(String typed, Reason reason) {
        try {
            IdNumber.parse(typed, TODAY);
        } catch (InvalidIdNumber e) {
            assertThat(e.reason()).as("reason for [%s]", typed).isEqualTo(reason);
            assertThat(e.messageCode()).isEqualTo(reason.messageCode());
            return e;
        }
        throw new AssertionError("accepted [" + typed + "], expected " + reason);
    }
}
