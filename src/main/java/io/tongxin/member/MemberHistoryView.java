package io.tongxin.member;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * The change history as staff read it: Beijing time, Chinese field names, and values in words
 * (汉族 rather than 01, 县管 rather than COUNTY, a region's path rather than its code).
 */
@Component
class MemberHistoryView {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    /** How the registry writes a position: type/level/body[/start][-end]. */
    private static final Pattern POSITION =
            Pattern.compile("([^/]+)/([^/]+)/(.*?)(?:/(\\d{4}-\\d{2}-\\d{2}))?(?:-(\\d{4}-\\d{2}-\\d{2}))?");

    private final MemberLabels labels;

    MemberHistoryView(MemberLabels labels) {
        this.labels = labels;
    }

    /** One changed field of one change. */
    record Row(LocalDateTime at, String actor, ChangeSource source, String field, String fieldName, String oldValue,
            String newValue) {
    }

    List<Row> rows(List<MemberChange> changes) {
        return changes.stream()
            .map(c -> new Row(LocalDateTime.ofInstant(c.changedAt(), BEIJING), c.actor(), c.source(), c.field(),
                    labels.message("member.field." + c.field()), text(c.field(), c.oldValue()),
                    text(c.field(), c.newValue())))
            .toList();
    }

    String text(String field, String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return switch (field) {
            case "gender" -> labels.message("gender." + value);
            case "ethnicity" -> labels.dict("ethnicity", value);
            case "education" -> labels.dict("education", value);
            case "politicalAffiliation" -> labels.dict("political-affiliation", value);
            case "categoryCodes" -> labels.categories(Arrays.asList(value.split(",")));
            case "regionCode" -> labels.region(value);
            case "tier" -> labels.message("member.tier." + value);
            case "importance" -> labels.message("member.importance." + value);
            case "tags" -> String.join(labels.message("list.separator"), value.split(","));
            case "status" -> firstWord(value, w -> labels.message("member.status." + w));
            case "accounts", "followers" -> firstWord(value, w -> labels.dict("platform", w));
            case "positions" -> String.join(labels.message("list.separator"),
                    Arrays.stream(value.split("; ")).map(this::position).toList());
            default -> value;
        };
    }

    private String position(String text) {
        Matcher m = POSITION.matcher(text);
        if (!m.matches()) {
            return text;
        }
        String term = m.group(4) == null && m.group(5) == null ? ""
                : " " + labels.message("member.position.term-range", m.group(4) == null ? "" : m.group(4),
                        m.group(5) == null ? "" : m.group(5));
        return labels.message("member.position.text", labels.dict("position-level", m.group(2)),
                labels.dict("position-type", m.group(1)), m.group(3), term);
    }

    private static String firstWord(String value, java.util.function.UnaryOperator<String> name) {
        int space = value.indexOf(' ');
        return space < 0 ? name.apply(value) : name.apply(value.substring(0, space)) + value.substring(space);
    }
}
