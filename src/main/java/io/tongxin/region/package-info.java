/**
 * Administrative regions (NBS statistical division codes, five levels): the {@link
 * io.tongxin.region.RegionCode} value type, the {@link io.tongxin.region.RegionDirectory}
 * look-ups, a JSON API under {@code /api/v1/regions} and the cascading region picker fragment
 * {@code fragments/region-picker.html :: picker(name, value, root)} every form uses.
 */
package io.tongxin.region;
