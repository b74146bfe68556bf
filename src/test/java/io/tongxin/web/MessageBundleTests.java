package io.tongxin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Keeps the UI text in one place: templates carry no Chinese, every message key a template names
 * exists, and the bundle is clean UTF-8 without duplicate keys. Plain file checks, no Spring context.
 */
class MessageBundleTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path BUNDLE = Path.of("src/main/resources/messages_zh_CN.properties");

    /** {@code #{key}} or {@code #{key(args)}}; dynamic keys such as {@code #{${item.labelKey}}} do not match. */
    private static final Pattern MESSAGE_EXPRESSION = Pattern.compile("#\\{\\s*([A-Za-z0-9_.\\-]+)\\s*[}(]");
    /**
     * {@code #messages.msg('key')} and {@code #messages.msgWithParams('key', ...)} with a literal key;
     * not {@code msgOrNull} (absence allowed) nor prefixes like {@code msg('audit.action.' + x)}.
     */
    private static final Pattern MESSAGES_UTILITY =
            Pattern.compile("#messages\\.(?:msg|msgWithParams)\\(\\s*'([A-Za-z0-9_.\\-]+)'\\s*[,)]");

    @Test
    void templatesContainNoChineseCharacters() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path template : templates()) {
            violations.addAll(hanCharacters(TEMPLATES.relativize(template).toString(), Files.readAllLines(template)));
        }
        assertThat(violations)
                .as("Chinese text belongs in messages_zh_CN.properties, referenced as #{key}")
                .isEmpty();
    }

    @Test
    void everyMessageKeyUsedByATemplateExists() throws IOException {
        Properties bundle = load(Files.readString(BUNDLE, StandardCharsets.UTF_8));
        List<String> violations = new ArrayList<>();
        for (Path template : templates()) {
            violations.addAll(missingKeys(TEMPLATES.relativize(template).toString(), Files.readAllLines(template), bundle));
        }
        assertThat(violations).as("message keys missing from messages_zh_CN.properties").isEmpty();
    }

    @Test
    void bundleIsUtf8AndSpringReadsItAsSuch() throws IOException {
        byte[] bytes = Files.readAllBytes(BUNDLE);
        assertThat(undecodableUtf8(bytes)).as("messages_zh_CN.properties must be UTF-8").isNull();

        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        String name = source.getMessage("app.name", null, Locale.SIMPLIFIED_CHINESE);
        assertThat(name).isEqualTo(load(new String(bytes, StandardCharsets.UTF_8)).getProperty("app.name"));
        assertThat(name.codePoints().anyMatch(MessageBundleTests::isHan)).as("app.name read as Chinese").isTrue();
    }

    @Test
    void bundleHasNoDuplicateKeys() throws IOException {
        assertThat(duplicateKeys(Files.readAllLines(BUNDLE, StandardCharsets.UTF_8)))
                .as("duplicate keys in messages_zh_CN.properties (the later one silently wins)")
                .isEmpty();
    }

    // The checks must be able to fail: run them on planted mistakes.

    @Test
    void checksReportPlantedMistakesWithFileAndLine() {
        assertThat(hanCharacters("x.html", List.of("<p>ok</p>", "<p>\u4f60\u597d</p>")))
                .containsExactly("x.html:2: \u4f60\u597d");
        Properties bundle = load("app.name=x\n");
        assertThat(missingKeys("y.html", List.of("<b th:text=\"#{app.name}\"></b>",
                "<b th:text=\"#{no.such(${a})} + #{${dynamic.key}}\"></b>",
                "<b th:text=\"${#messages.msg('also.missing')}\"></b>",
                "<b th:text=\"${#messages.msgOrNull('optional.key') ?: #messages.msg('prefix.' + x)}\"></b>"), bundle))
                .containsExactly("y.html:2: no.such", "y.html:3: also.missing");
        assertThat(duplicateKeys(List.of("# c", "a=1", "b = 2", "long=x\\", "  a=continued, not a key", "a:3")))
                .containsExactly("line 6: a (first on line 2)");
        assertThat(undecodableUtf8(new byte[] {'a', (byte) 0xC4, (byte) 0xE3})).isNotNull();
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            List<Path> templates = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
            assertThat(templates).as("templates found under " + TEMPLATES.toAbsolutePath()).isNotEmpty();
            return templates;
        }
    }

    static List<String> hanCharacters(String file, List<String> lines) {
        List<String> violations = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            StringBuilder han = new StringBuilder();
            lines.get(i).codePoints().filter(MessageBundleTests::isHan).forEach(han::appendCodePoint);
            if (!han.isEmpty()) {
                violations.add(file + ":" + (i + 1) + ": " + han);
            }
        }
        return violations;
    }

    static List<String> missingKeys(String file, List<String> lines, Properties bundle) {
        List<String> violations = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            for (Pattern pattern : List.of(MESSAGE_EXPRESSION, MESSAGES_UTILITY)) {
                Matcher matcher = pattern.matcher(lines.get(i));
                while (matcher.find()) {
                    if (!bundle.containsKey(matcher.group(1))) {
                        violations.add(file + ":" + (i + 1) + ": " + matcher.group(1));
                    }
                }
            }
        }
        return violations;
    }

    /** Keys defined twice, found by reading logical lines as {@link Properties#load(Reader)} does. */
    static List<String> duplicateKeys(List<String> lines) {
        Map<String, Integer> firstLine = new HashMap<>();
        List<String> duplicates = new ArrayList<>();
        boolean continuation = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean wasContinuation = continuation;
            continuation = endsWithOddBackslashes(line);
            String trimmed = line.strip();
            if (wasContinuation || trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
                continue;
            }
            String key = keyOf(trimmed);
            Integer previous = firstLine.putIfAbsent(key, i + 1);
            if (previous != null) {
                duplicates.add("line " + (i + 1) + ": " + key + " (first on line " + previous + ")");
            }
        }
        return duplicates;
    }

    private static String keyOf(String line) {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                key.append(line.charAt(++i));
            } else if (c == '=' || c == ':' || Character.isWhitespace(c)) {
                break;
            } else {
                key.append(c);
            }
        }
        return key.toString();
    }

    private static boolean endsWithOddBackslashes(String line) {
        int count = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            count++;
        }
        return count % 2 == 1;
    }

    /** A description of the first malformed byte sequence, or {@code null} for valid UTF-8. */
    static String undecodableUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return null;
        } catch (CharacterCodingException e) {
            return e.toString();
        }
    }

    private static Properties load(String text) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
