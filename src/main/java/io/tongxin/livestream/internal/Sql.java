package io.tongxin.livestream.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/** Small conversions shared by the stores. */
final class Sql {

    /** The programme's clock: days, months and schedule slots are those of Gansu. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Sql() {
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    static String[] array(List<String> values) {
        return values.toArray(String[]::new);
    }

    static LocalDateTime local(OffsetDateTime instant) {
        return instant == null ? null : instant.atZoneSameInstant(ZONE).toLocalDateTime();
    }

    static OffsetDateTime instant(LocalDateTime local) {
        return local.atZone(ZONE).toOffsetDateTime();
    }

    /** Lowest and highest 12-digit code of a region's subtree, as named parameters low/high. */
    static java.util.Map<String, Object> subtree(io.tongxin.region.RegionCode region) {
        return java.util.Map.of("low", region.subtreeLowerBound(), "high", region.subtreeUpperBound());
    }
}
