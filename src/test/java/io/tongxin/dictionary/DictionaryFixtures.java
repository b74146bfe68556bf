package io.tongxin.dictionary;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Throw-away dictionaries for tests. The test database is shared by every test class, so tests
 * that change items work on a fresh type of their own and never touch the seeded ones.
 */
public final class DictionaryFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private DictionaryFixtures() {
    }

    /** A new type named 测试字典N with no items; returns its code. */
    public static String newType(JdbcClient jdbc, boolean hierarchical) {
        int n = SEQUENCE.incrementAndGet();
        String code = "test-" + Long.toString(System.nanoTime(), 36) + "-" + n;
        jdbc.sql("insert into dictionary_type (code, name, description, hierarchical, sort_order) "
                + "values (:code, :name, null, :hierarchical, 1000)")
            .param("code", code)
            .param("name", "测试字典" + code.substring(5))
            .param("hierarchical", hierarchical)
            .update();
        return code;
    }

    /** Adds an item directly in the database (as a migration would); {@code builtIn} as for seeds. */
    public static void item(JdbcClient jdbc, String type, String code, String name, String parent, int sortOrder,
            boolean enabled, boolean builtIn) {
        jdbc.sql("""
                insert into dictionary_item (type_code, code, name, parent_code, sort_order, enabled, built_in)
                values (:type, :code, :name, :parent, :sortOrder, :enabled, :builtIn)""")
            .param("type", type)
            .param("code", code)
            .param("name", name)
            .param("parent", parent)
            .param("sortOrder", sortOrder)
            .param("enabled", enabled)
            .param("builtIn", builtIn)
            .update();
    }

    public static String typeName(JdbcClient jdbc, String type) {
        return jdbc.sql("select name from dictionary_type where code = :code").param("code", type)
            .query(String.class).single();
    }
}
