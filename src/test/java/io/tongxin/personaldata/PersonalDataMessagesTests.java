package io.tongxin.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.tongxin.personaldata.InvalidIdNumber.Reason;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every message code this module throws has Chinese text, and the arguments land in it. */
class PersonalDataMessagesTests {

    private static final Path SOURCES = Path.of("src/main/java/io/tongxin/personaldata");
    private static final Pattern CODE_LITERAL = Pattern.compile("\"((?:error\\.[a-z-]+|gender)\\.[A-Za-z.-]+)\"");

    private static Properties bundle;

    @BeforeAll
    static void loadBundle() throws IOException {
        bundle = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/messages_zh_CN.properties"),
                StandardCharsets.UTF_8)) {
            bundle.load(reader);
        }
    }

    @Test
    void everyCodeInTheSourcesAndEveryReasonHasChineseText() throws IOException {
        List<String> codes = new ArrayList<>(Arrays.stream(Reason.values()).map(Reason::messageCode).toList());
        Arrays.stream(Gender.values()).map(Gender::messageCode).forEach(codes::add);
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.toList()) {
                Matcher matcher = CODE_LITERAL.matcher(Files.readString(file));
                while (matcher.find()) {
                    codes.add(matcher.group(1));
                }
            }
        }
        assertThat(codes).contains("error.phone.invalid", "error.id-number.check-digit", "gender.MALE");
        for (String code : codes) {
            assertThat(bundle.getProperty(code)).as(code).isNotBlank()
                    .matches(text -> text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                            == Character.UnicodeScript.HAN), "is Chinese");
        }
    }

    @Test
    void textsSayWhatToFix() {
        assertThat(text(Reason.LENGTH.messageCode(), 17)).contains("18 位", "17 位", "15 位");
        assertThat(text(Reason.CHECK_DIGIT.messageCode())).contains("身份证号码校验位错误，请核对最后一位");
        assertThat(text(Reason.EXCEL_SCIENTIFIC.messageCode())).contains("文本", "Excel");
        assertThat(text(Reason.EXCEL_TRUNCATED.messageCode())).contains("文本", "000");
        assertThat(text(Reason.REGION.messageCode(), "99")).contains("“99”");
        assertThat(text(Reason.BIRTH_DATE.messageCode(), "19850230")).contains("19850230");
        assertThat(text("error.phone.mobile-length", 10)).contains("11 位", "10 位");
        assertThat(text("error.phone.area-code-missing")).contains("区号");
    }

    private static String text(String code, Object... arguments) {
        return new MessageFormat(bundle.getProperty(code), Locale.SIMPLIFIED_CHINESE).format(arguments);
    }
}
