package io.tongxin.region;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Just enough reading of the picker's HTML for assertions (no HTML parser on the test classpath). */
record PickerHtml(String hiddenName, String hiddenValue, List<Select> selects) {

    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\"([^>]*)>");
    private static final Pattern SELECT = Pattern.compile("(?s)<select([^>]*)>(.*?)</select>");
    private static final Pattern OPTION = Pattern.compile("(?s)<option([^>]*)>(.*?)</option>");

    static PickerHtml parse(String html) {
        Matcher hidden = HIDDEN.matcher(html);
        if (!hidden.find()) {
            throw new AssertionError("no hidden input in " + html);
        }
        List<Select> selects = new ArrayList<>();
        for (Matcher m = SELECT.matcher(html); m.find(); ) {
            List<Option> options = new ArrayList<>();
            for (Matcher o = OPTION.matcher(m.group(2)); o.find(); ) {
                options.add(new Option(attr(o.group(1), "value").orElse(null), o.group(2).strip(),
                    attr(o.group(1), "selected").isPresent()));
            }
            selects.add(new Select(m.group(1), options));
        }
        return new PickerHtml(attr(hidden.group(1), "name").orElseThrow(), attr(hidden.group(1), "value").orElse(""),
            selects);
    }

    static Optional<String> attr(String tag, String name) {
        Matcher m = Pattern.compile("\\s" + Pattern.quote(name) + "=\"([^\"]*)\"").matcher(tag);
        return m.find() ? Optional.of(m.group(1).replace("&amp;", "&")) : Optional.empty();
    }

    Select select(String id) {
        return selects.stream().filter(s -> id.equals(s.attr("id"))).findFirst()
            .orElseThrow(() -> new AssertionError("no select #" + id));
    }

    List<String> ids() {
        return selects.stream().map(s -> s.attr("id")).toList();
    }

    List<String> selectedTexts() {
        return selects.stream().flatMap(s -> s.options().stream()).filter(Option::selected).map(Option::text).toList();
    }

    record Select(String tag, List<Option> options) {

        String attr(String name) {
            return PickerHtml.attr(tag, name).orElse(null);
        }

        boolean disabled() {
            return PickerHtml.attr(tag, "disabled").isPresent();
        }

        List<String> values() {
            return options.stream().map(Option::value).toList();
        }

        List<String> texts() {
            return options.stream().map(Option::text).toList();
        }
    }

    record Option(String value, String text, boolean selected) {
    }
}
