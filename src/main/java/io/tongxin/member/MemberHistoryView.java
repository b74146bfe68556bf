package io.tongxin.member;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
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

    /**
     * One changed field of one change. {@code first}: the first field of a save (the same
     * transaction writes the same time), where the page shows when, who and from where.
     */
    record Row(LocalDateTime at, String actor, ChangeSource source, String field, String fieldName, String oldValue,
            String newValue, boolean first) {
    }

    /** Newest save first; inside a save, the fields in the order the registry wrote them (姓名 first). */
    List<Row> rows(List<MemberChange> changes) {
        List<List<MemberChange>> saves = new ArrayList<>();
        MemberChange previous = null;
        for (MemberChange c : changes) {
            if (previous == null || !sameSave(previous, c)) {
                saves.add(new ArrayList<>());
            }
            saves.get(saves.size() - 1).add(0, c);
            previous = c;
        }
        List<Row> rows = new ArrayList<>(changes.size());
        for (List<MemberChange> save : saves) {
            for (int i = 0; i < save.size(); i++) {
                MemberChange c = save.get(i);
                rows.add(new Row(LocalDateTime.ofInstant(c.changedAt(), BEIJING), c.actor(), c.source(), c.field(),
                        labels.message("member.field." + c.field()), text(c.field(), c.oldValue()),
                        text(c.field(), c.newValue()), i == 0));
            }
        }
        return rows;
    }

    /** One transaction writes one time: the fields of one save share it, its actor and its source. */
    private static boolean sameSave(MemberChange a, MemberChange b) {
        return a.changedAt().equals(b.changedAt()) && a.actor().equals(b.actor()) && a.source() == b.source();
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
            case "accounts", "followers", "accountDisplayName" -> firstWord(value, w -> labels.dict("platform", w));
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
