package io.tongxin.member.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import io.tongxin.dictionary.Dictionaries;
import io.tongxin.importing.CellError;
import io.tongxin.importing.CellProblem;
import io.tongxin.importing.Cells;
import io.tongxin.importing.SourceRow;
import io.tongxin.member.Importance;
import io.tongxin.member.Tier;
import io.tongxin.personaldata.Gender;
import io.tongxin.region.Region;
import io.tongxin.region.RegionCode;
import io.tongxin.region.RegionDirectory;
import io.tongxin.security.RegionScope;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Reads the cells of one member row the way people fill them in: dictionary names (or codes),
 * 男/女, 市管/县管/乡镇管, 是/否, region codes or name paths, several categories in one cell. Each
 * problem is reported against its cell, all at once.
 */
@Component
class MemberCellReader {

    private final Dictionaries dictionaries;
    private final RegionDirectory regions;
    private final Map<String, Gender> genders = new ConcurrentHashMap<>();
    private final Map<String, Tier> tiers = new ConcurrentHashMap<>();
    /** Short forms by dictionary type: 大专 for 大学专科, 中共党员 for 中国共产党党员. */
    private final Map<String, Map<String, String>> aliases = new ConcurrentHashMap<>();

    MemberCellReader(Dictionaries dictionaries, RegionDirectory regions, MessageSource messages) {
        this.dictionaries = dictionaries;
        this.regions = regions;
        for (Gender g : Gender.values()) {
            genders.put(messages.getMessage("gender." + g, null, Locale.SIMPLIFIED_CHINESE), g);
            genders.put(g.name().toLowerCase(Locale.ROOT), g);
            genders.put(g.name().substring(0, 1).toLowerCase(Locale.ROOT), g);
        }
        for (String type : List.of("education", "political-affiliation")) {
            Map<String, String> codes = new ConcurrentHashMap<>();
            for (String pair : messages.getMessage("member.import.aliases." + type, null, "", Locale.SIMPLIFIED_CHINESE)
                    .split("\\|")) {
                String[] nameAndCode = pair.split(":");
                if (nameAndCode.length == 2) {
                    codes.put(nameAndCode[0].strip(), nameAndCode[1].strip());
                }
            }
            aliases.put(type, codes);
        }
        for (Tier t : Tier.values()) {
            String label = messages.getMessage("member.tier." + t, null, Locale.SIMPLIFIED_CHINESE);
            tiers.put(label, t);
            tiers.put(label.substring(0, label.length() - 1), t);
            tiers.put(t.name().toLowerCase(Locale.ROOT), t);
        }
    }

    /** Reads a row; problems go to {@code errors}. {@code regionCache} lives as long as one pass. */
    ImportedMember read(SourceRow row, RegionScope scope, Map<String, Object> regionCache, List<CellError> errors) {
        Reader r = new Reader(row, errors);
        String idText = r.read("idNumber", row, MemberCellReader::idNumberText);
        boolean maskedId = idText != null && idText.contains("*");
        String phoneText = row.text("phone");
        return new ImportedMember(r.text("name"), r.read("gender", this::gender), r.read("ethnicity",
                v -> dictionary("ethnicity", v)), r.read("birthDate", row.cell("birthDate"), Cells::date),
                maskedId ? null : idText,
                phoneText != null && phoneText.contains("*") ? null : phoneText,
                r.read("politicalAffiliation", v -> dictionary("political-affiliation", v)),
                r.read("education", v -> dictionary("education", v)), r.text("employer"), r.text("position"),
                r.read("categories", this::categories), r.read("region", v -> region(v, scope, regionCache)),
                r.read("tier", this::tier), r.read("key", v -> Boolean.TRUE.equals(Cells.yesNo(v)) ? Importance.KEY
                        : Importance.GENERAL),
                r.read("platform", v -> dictionary("platform", v)), r.text("handle"), r.text("displayName"),
                r.read("followers", row.cell("followers"), Cells::wholeNumber), r.text("notes"),
                r.read("memberId", row.cell("memberId"), Cells::wholeNumber), maskedId);
    }

    /** The platform code a cell names, or null when it names none (the row's check reports that). */
    String platformCode(String text) {
        if (text == null) {
            return null;
        }
        try {
            return dictionary("platform", text);
        }
        catch (CellProblem unknown) {
            return null;
        }
    }

    /**
     * An ID number in a numeric cell has already been rounded by Excel to 15 digits, whatever it
     * shows; written out in full it ends in zeros, which the ID number check explains (format the
     * column as text and type the numbers again).
     */
    /**
     * The ID number as the cell shows it. Excel keeps 15 significant digits of a number, so an
     * 18-digit ID number in a number cell has lost its last digits for good (it reads ...000).
     * That is refused outright: the check digit alone would let one in eleven of them through, to
     * be stored as a number that is not the person's.
     */
    private static String idNumberText(SourceRow row) {
        String text = row.text("idNumber");
        if (text != null && row.cell("idNumber").number() != null && text.length() > 15) {
            throw new CellProblem("error.id-number.excel-truncated");
        }
        return text;
    }

    private Gender gender(String value) {
        Gender g = genders.get(Cells.normalized(value).toLowerCase(Locale.ROOT));
        if (g == null) {
            throw new CellProblem("import.member.bad-gender", value);
        }
        return g;
    }

    private Tier tier(String value) {
        Tier t = tiers.get(Cells.normalized(value).toLowerCase(Locale.ROOT));
        if (t == null) {
            throw new CellProblem("import.member.bad-tier", value);
        }
        return t;
    }

    /** A dictionary item by its name, its name without a suffix people drop (汉 for 汉族), or its code. */
    private String dictionary(String type, String value) {
        String name = Cells.normalized(value);
        var code = dictionaries.codeForName(type, name);
        if (code.isEmpty() && !name.endsWith("族") && type.equals("ethnicity")) {
            code = dictionaries.codeForName(type, name + "族");
        }
        if (code.isPresent()) {
            return code.get();
        }
        String alias = aliases.getOrDefault(type, Map.of()).get(name);
        if (alias != null && dictionaries.isValid(type, alias)) {
            return alias;
        }
        if (dictionaries.isValid(type, name)) {
            return name;
        }
        throw new CellProblem("import.member.unknown-item", value);
    }

    private List<String> categories(String value) {
        List<String> codes = new ArrayList<>();
        for (String item : Cells.list(value)) {
            codes.add(dictionary("member-category", item));
        }
        return codes;
    }

    /**
     * A 12-digit code, or a name path; when a name is ambiguous (there are many 城关镇) the one
     * inside the importer's scope wins.
     */
    private String region(String value, RegionScope scope, Map<String, Object> cache) {
        Object known = cache.computeIfAbsent(value, v -> {
            try {
                return resolveRegion(v, scope);
            }
            catch (CellProblem problem) {
                return problem;
            }
        });
        if (known instanceof CellProblem problem) {
            throw problem;
        }
        return (String) known;
    }

    private String resolveRegion(String value, RegionScope scope) {
        String text = Cells.normalized(value);
        if (text.matches("\\d{12}")) {
            if (!regions.exists(RegionCode.of(text))) {
                throw new CellProblem("import.member.unknown-region", value);
            }
            return text;
        }
        List<Region> found = regions.findByPath(text);
        List<Region> inScope = found.stream().filter(r -> scope.includes(r.code())).toList();
        if (inScope.size() == 1) {
            return inScope.get(0).code().value();
        }
        if (found.isEmpty()) {
            throw new CellProblem("import.member.unknown-region", value);
        }
        if (inScope.isEmpty()) {
            throw new CellProblem("import.member.region-out-of-scope", value);
        }
        throw new CellProblem("import.member.ambiguous-region", value, String.join("、",
                inScope.stream().limit(3).map(Region::pathName).toList()));
    }

    /** Reads cells, turning each {@link CellProblem} into an error on its column. */
    private static final class Reader {
        private final SourceRow row;
        private final List<CellError> errors;

        Reader(SourceRow row, List<CellError> errors) {
            this.row = row;
            this.errors = errors;
        }

        String text(String key) {
            return row.text(key);
        }

        <T> T read(String key, Function<String, T> parser) {
            String text = row.text(key);
            return text == null ? null : read(key, text, parser);
        }

        <S, T> T read(String key, S source, Function<S, T> parser) {
            try {
                return parser.apply(source);
            }
            catch (CellProblem problem) {
                errors.add(problem.at(key));
                return null;
            }
        }
    }
}
