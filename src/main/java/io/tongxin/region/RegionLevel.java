package io.tongxin.region;

/**
 * The five levels of the statistical division codes. A code's level shows in which digits are
 * significant: 2 for a province, 4 for a city, 6 for a county, 9 for a township, 12 for a village.
 */
public enum RegionLevel {
    PROVINCE(2), CITY(4), COUNTY(6), TOWNSHIP(9), VILLAGE(12);

    private final int significantDigits;

    RegionLevel(int significantDigits) {
        this.significantDigits = significantDigits;
    }

    public int significantDigits() {
        return significantDigits;
    }

    public int depth() {
        return ordinal() + 1;
    }
}
