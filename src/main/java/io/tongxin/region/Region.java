package io.tongxin.region;

/**
 * One administrative region.
 *
 * @param code       its 12-digit statistical division code
 * @param name       e.g. 洪德镇
 * @param level      province to village
 * @param parentCode the nearest existing ancestor; null for a province. Not always one level up:
 *                   the townships of 东莞 (a city without counties) hang on the city.
 * @param pathName   the names from the province down, e.g. 甘肃省/庆阳市/环县/洪德镇
 */
public record Region(RegionCode code, String name, RegionLevel level, RegionCode parentCode, String pathName) {
}
