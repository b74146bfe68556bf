package io.tongxin.livestream.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.tongxin.importing.Cells;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The header names a platform's export uses for each session column, saved once by a clerk (the
 * column mapping) and used for every later file from that platform.
 */
@Component
class ImportHeaders {

    private final JdbcClient jdbc;

    ImportHeaders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Column key to the headers saved for it, for one platform. */
    Map<String, List<String>> of(String platformCode) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        jdbc.sql("select column_key, header from livestream_import_header where platform_code = :p order by header")
            .param("p", platformCode)
            .query(rs -> {
                headers.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
            });
        return headers;
    }

    /** Replaces a platform's saved headers; each value may list several names separated by 、 , ；. */
    @Transactional
    void save(String platformCode, Map<String, String> headersByColumn, String actor) {
        jdbc.sql("delete from livestream_import_header where platform_code = :p").param("p", platformCode).update();
        headersByColumn.forEach((column, names) -> Cells.list(names).stream().distinct().forEach(header ->
            jdbc.sql("""
                    insert into livestream_import_header (platform_code, column_key, header, updated_by)
                    values (:p, :c, :h, :a) on conflict do nothing""")
                .param("p", platformCode).param("c", column).param("h", header.length() > 100
                        ? header.substring(0, 100) : header)
                .param("a", actor)
                .update()));
    }
}
