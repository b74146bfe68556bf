package io.tongxin.dictionary.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import io.tongxin.dictionary.DictionaryType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for dictionary types and items. Items are inserted and updated, never deleted. */
@Repository
class DictionaryRepository {

    private static final String ITEM_COLUMNS = """
            type_code, code, name, parent_code, sort_order, enabled, built_in, version, created_at, updated_at""";

    private final JdbcClient jdbc;

    DictionaryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<DictionaryType> findTypes() {
        return jdbc.sql("select code, name, description, hierarchical from dictionary_type order by sort_order, code")
            .query(DictionaryRepository::type)
            .list();
    }

    Optional<DictionaryType> findType(String code) {
        return jdbc.sql("select code, name, description, hierarchical from dictionary_type where code = :code")
            .param("code", code)
            .query(DictionaryRepository::type)
            .optional();
    }

    /** All items of the type, enabled or not, in list order. */
    List<ManagedItem> findItems(String type) {
        return jdbc.sql("select " + ITEM_COLUMNS + " from dictionary_item where type_code = :type order by sort_order, code")
            .param("type", type)
            .query(DictionaryRepository::item)
            .list();
    }

    Optional<ManagedItem> findItem(String type, String code) {
        return jdbc.sql("select " + ITEM_COLUMNS + " from dictionary_item where type_code = :type and code = :code")
            .param("type", type)
            .param("code", code)
            .query(DictionaryRepository::item)
            .optional();
    }

    /** Another item of the type already carries this name. */
    boolean nameTaken(String type, String name, String exceptCode) {
        return jdbc.sql("""
                select exists (select 1 from dictionary_item
                                where type_code = :type and name = :name and code <> :except)""")
            .param("type", type)
            .param("name", name)
            .param("except", exceptCode == null ? "" : exceptCode)
            .query(Boolean.class)
            .single();
    }

    boolean hasEnabledChildren(String type, String code) {
        return jdbc.sql("""
                select exists (select 1 from dictionary_item
                                where type_code = :type and parent_code = :code and enabled)""")
            .param("type", type)
            .param("code", code)
            .query(Boolean.class)
            .single();
    }

    /** A sort order that puts a new item last. */
    int nextSortOrder(String type) {
        return jdbc.sql("select coalesce(max(sort_order), 0) + 10 from dictionary_item where type_code = :type")
            .param("type", type)
            .query(Integer.class)
            .single();
    }

    void insert(String type, String code, String name, String parentCode, int sortOrder) {
        jdbc.sql("""
                insert into dictionary_item (type_code, code, name, parent_code, sort_order, enabled, built_in)
                values (:type, :code, :name, :parent, :sortOrder, true, false)""")
            .param("type", type)
            .param("code", code)
            .param("name", name)
            .param("parent", parentCode)
            .param("sortOrder", sortOrder)
            .update();
    }

    /** Applies the change if the stored version is still {@code version}; false when it is not. */
    boolean update(String type, String code, int version, String name, int sortOrder, boolean enabled) {
        return jdbc.sql("""
                update dictionary_item
                   set name = :name, sort_order = :sortOrder, enabled = :enabled,
                       version = version + 1, updated_at = now()
                 where type_code = :type and code = :code and version = :version""")
            .param("type", type)
            .param("code", code)
            .param("version", version)
            .param("name", name)
            .param("sortOrder", sortOrder)
            .param("enabled", enabled)
            .update() == 1;
    }

    private static DictionaryType type(ResultSet rs, int row) throws SQLException {
        return new DictionaryType(rs.getString("code"), rs.getString("name"), rs.getString("description"),
                rs.getBoolean("hierarchical"));
    }

    private static ManagedItem item(ResultSet rs, int row) throws SQLException {
        return new ManagedItem(rs.getString("type_code"), rs.getString("code"), rs.getString("name"),
                rs.getString("parent_code"), rs.getInt("sort_order"), rs.getBoolean("enabled"),
                rs.getBoolean("built_in"), rs.getInt("version"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
