package io.tongxin.region;

import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.tongxin.shared.InvalidInputException;

/**
 * A 12-digit statistical division code of the National Bureau of Statistics (e.g.
 * {@code 621022104201} 耿原畔村委会). The codes are hierarchical by construction: a region's
 * subtree is every code that starts with its significant digits. Region scope relies on that.
 * In JSON it is the bare string.
 */
public record RegionCode(@JsonValue String value) implements Comparable<RegionCode> {

    private static final Pattern TWELVE_DIGITS = Pattern.compile("\\d{12}");

    public RegionCode {
        if (value == null || !TWELVE_DIGITS.matcher(value).matches() || value.startsWith("00")) {
            throw new InvalidInputException("error.region.malformed-code", value);
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static RegionCode of(String value) {
        return new RegionCode(value == null ? null : value.trim());
    }

    public RegionLevel level() {
        if (!value.endsWith("000")) {
            return RegionLevel.VILLAGE;
        }
        if (!value.substring(6, 9).equals("000")) {
            return RegionLevel.TOWNSHIP;
        }
        if (!value.substring(4, 6).equals("00")) {
            return RegionLevel.COUNTY;
        }
        if (!value.substring(2, 4).equals("00")) {
            return RegionLevel.CITY;
        }
        return RegionLevel.PROVINCE;
    }

    /** The digits every code in this region's subtree starts with. */
    public String subtreePrefix() {
        return value.substring(0, level().significantDigits());
    }

    /** Lowest and highest code of the subtree, for index-friendly range predicates. */
    public String subtreeLowerBound() {
        return value;
    }

    public String subtreeUpperBound() {
        String prefix = subtreePrefix();
        return prefix + "9".repeat(12 - prefix.length());
    }

    /** True when {@code other} is this region or lies below it. */
    public boolean contains(RegionCode other) {
        return other.value.startsWith(subtreePrefix());
    }

    @Override
    public int compareTo(RegionCode o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
