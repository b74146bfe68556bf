package io.tongxin.bench;

import io.tongxin.region.RegionCode;

/**
 * How much the generator loads: members, live sessions, enrolled villages (at most the real
 * villages of the root region), under a root region (甘肃省 by default), from a seed.
 */
record BenchScale(int members, long sessions, int villages, String rootRegion, long seed) {

    static final String GANSU = "620000000000";

    BenchScale {
        if (members < 0 || sessions < 0 || villages < 0) {
            throw new IllegalArgumentException("Scale must not be negative");
        }
        if (!rootRegion.matches("\\d{12}")) {
            throw new IllegalArgumentException("Root region must be a 12-digit code: " + rootRegion);
        }
    }

    /** The significant prefix of the root region, for LIKE 'prefix%' over region codes. */
    String rootPrefix() {
        return RegionCode.of(rootRegion).subtreePrefix();
    }
}
