package io.tongxin.collection;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** PostgreSQL array literals in and out, bound as text and cast in SQL ({@code cast(:x as varchar[])}). */
final class SqlArrays {

    private SqlArrays() {
    }

    static String literal(Collection<?> values) {
        return values.stream()
            .map(v -> "\"" + v.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
            .collect(Collectors.joining(",", "{", "}"));
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
