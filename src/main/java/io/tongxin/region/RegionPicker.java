package io.tongxin.region;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.tongxin.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * What the cascading region picker ({@code fragments/region-picker.html}) shows, which templates
 * obtain as {@code ${@regionPicker.model(name, value, root)}}. One select per chosen level plus
 * one for the level below the deepest choice; the levels from the province down to {@code root}
 * are fixed to a single option.
 */
@Component("regionPicker")
public class RegionPicker {

    private final RegionDirectory regions;

    RegionPicker(RegionDirectory regions) {
        this.regions = regions;
    }

    /**
     * @param name  the form field that receives the deepest chosen code
     * @param value the preselected code; ignored when malformed, unknown or outside {@code root}
     * @param root  the subtree the user may choose in (blank: all of China); the fixed levels count
     *              as chosen, so with a root the picker's value is at least the root
     * @throws InvalidInputException when {@code root} is malformed, {@link RegionNotFound} when unknown
     */
    public Picker model(String name, String value, String root) {
        List<Region> fixed = blank(root) ? List.of() : regions.ancestorsAndSelf(RegionCode.of(root));
        List<Region> chain = chosen(value, fixed).orElse(fixed);
        List<Level> levels = new ArrayList<>(5);
        for (int i = 0; i < chain.size(); i++) {
            Region region = chain.get(i);
            List<Region> options = i < fixed.size() ? List.of(region) : optionsBelow(chain, i);
            levels.add(level(name, region.level(), i < fixed.size(), chain, i, options, region.code().value()));
        }
        List<Region> next = optionsBelow(chain, chain.size());
        if (!next.isEmpty()) {
            levels.add(level(name, next.get(0).level(), false, chain, chain.size(), next, null));
        }
        String chosen = chain.isEmpty() ? "" : chain.get(chain.size() - 1).code().value();
        return new Picker(name, chosen, List.copyOf(levels));
    }

    private Optional<List<Region>> chosen(String value, List<Region> fixed) {
        if (blank(value)) {
            return Optional.empty();
        }
        try {
            RegionCode code = RegionCode.of(value);
            boolean inScope = fixed.isEmpty() || fixed.get(fixed.size() - 1).code().contains(code);
            return inScope && regions.exists(code) ? Optional.of(regions.ancestorsAndSelf(code)) : Optional.empty();
        }
        catch (InvalidInputException malformed) {
            return Optional.empty();
        }
    }

    /** The options at position {@code depth} of the chain: the children of the region above it. */
    private List<Region> optionsBelow(List<Region> chain, int depth) {
        return depth == 0 ? regions.provinces() : regions.children(chain.get(depth - 1).code());
    }

    private static Level level(String name, RegionLevel level, boolean fixed, List<Region> chain, int depth,
            List<Region> options, String selected) {
        String key = level.name().toLowerCase(Locale.ROOT);
        // Choosing the placeholder means "nothing below the level above", i.e. the parent's code.
        String emptyValue = depth == 0 ? "" : chain.get(depth - 1).code().value();
        return new Level(name + "-" + key, "region.picker." + key, fixed, emptyValue, options, selected);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** @param value the deepest chosen code, or "" when nothing is chosen */
    public record Picker(String name, String value, List<Level> levels) {
    }

    /**
     * One select.
     *
     * @param id         element id, stable across re-renders so htmx keeps the focus
     * @param labelKey   message key of the placeholder and label, e.g. region.picker.township
     * @param fixed      above or at the root: shown, not changeable
     * @param emptyValue the value of the placeholder option
     * @param selected   the chosen code at this level, or null
     */
    public record Level(String id, String labelKey, boolean fixed, String emptyValue, List<Region> options,
            String selected) {
    }
}
