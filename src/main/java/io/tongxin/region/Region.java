package io.tongxin.region;

public record Region(String code, String name, RegionLevel level, String parentCode, String pathName) {
}
