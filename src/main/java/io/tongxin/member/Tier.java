package io.tongxin.member;

/** Which level manages the member (市管/县管/乡镇管). */
public enum Tier {
    CITY, COUNTY, TOWNSHIP
}
