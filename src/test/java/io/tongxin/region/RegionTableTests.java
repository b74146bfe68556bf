package io.tongxin.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** What the migrations V2-V4 leave in the database. */
@SpringBootTest
@ActiveProfiles("test")
class RegionTableTests {

    @Autowired
    JdbcClient jdbc;

    private long count(String where) {
        return jdbc.sql("SELECT count(*) FROM region WHERE " + where).query(Long.class).single();
    }

    @Test
    void everyProvinceCityAndCountyOfChinaAndGansuDownToTheVillages() {
        assertThat(count("level = 1")).isGreaterThanOrEqualTo(31);
        assertThat(count("level = 2")).isGreaterThanOrEqualTo(333);
        assertThat(count("level = 3")).isGreaterThanOrEqualTo(2800);
        assertThat(count("level = 4 AND code LIKE '62%'")).isEqualTo(1403);
        assertThat(count("level = 5 AND code LIKE '62%'")).isEqualTo(17_718);
    }

    @Test
    void pathNamesAndLevelsFollowTheTree() {
        var row = jdbc.sql("SELECT name, level, parent_code, path_name FROM region WHERE code = '621022104000'")
            .query().singleRow();
        assertThat(row).containsEntry("name", "洪德镇")
            .containsEntry("level", 4)
            .containsEntry("parent_code", "621022000000")
            .containsEntry("path_name", "甘肃省/庆阳市/环县/洪德镇");
        assertThat(jdbc.sql("SELECT parent_code FROM region WHERE code = '620823000000'").query(String.class).single())
            .isEqualTo("620800000000");
    }

    @Test
    void aCityWithoutCountiesIsStoredOnceAsACity() {
        var row = jdbc.sql("SELECT name, level, parent_code FROM region WHERE code = '441900000000'").query().singleRow();
        assertThat(row).containsEntry("name", "东莞市").containsEntry("level", 2)
            .containsEntry("parent_code", "440000000000");
    }

    @Test
    void everyParentIsOneOrMoreLevelsUpAndAPrefixOfTheChild() {
        assertThat(count("""
                parent_code IS NOT NULL AND NOT EXISTS (
                    SELECT 1 FROM region p WHERE p.code = region.parent_code
                      AND p.level < region.level
                      AND region.code LIKE rtrim(p.code, '0') || '%'
                      AND region.path_name = p.path_name || '/' || region.name)""")).isZero();
    }

    @Test
    void childrenAndNameSearchHaveIndexes() {
        List<String> indexes = jdbc.sql("SELECT indexdef FROM pg_indexes WHERE tablename = 'region'")
            .query(String.class).list();
        assertThat(indexes).anyMatch(d -> d.contains("(parent_code, code)"))
            .anyMatch(d -> d.contains("gin (name gin_trgm_ops)"));
    }
}
