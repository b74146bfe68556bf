package io.tongxin.region;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Look-ups of administrative regions: by code, children, ancestors, name search.
 *
 * <p>The whole table (~22,500 rows, a few MB) is read into memory on first use and kept: every
 * form, list and export asks for names and paths, the data only change with a migration (a new
 * release), and a map look-up beats even an index scan plus a round trip. The first use pays
 * one query of about a tenth of a second; application start pays nothing.
 */
@Service
public class RegionDirectory {

    private static final Logger log = LoggerFactory.getLogger(RegionDirectory.class);

    private final JdbcClient jdbc;
    private volatile RegionTree tree;

    RegionDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Region> find(RegionCode code) {
        return Optional.ofNullable(tree().find(code));
    }

    /** @throws RegionNotFound when no region has this code */
    public Region get(RegionCode code) {
        return find(code).orElseThrow(() -> new RegionNotFound(code));
    }

    public boolean exists(RegionCode code) {
        return tree().find(code) != null;
    }

    /** The regions directly below, ordered by code. @throws RegionNotFound for an unknown code */
    public List<Region> children(RegionCode code) {
        get(code);
        return tree().children(code);
    }

    /** The 31 provinces (and the like: autonomous regions, municipalities), ordered by code. */
    public List<Region> provinces() {
        return tree().provinces();
    }

    /** From the province down to the region itself. @throws RegionNotFound for an unknown code */
    public List<Region> ancestorsAndSelf(RegionCode code) {
        get(code);
        return tree().ancestorsAndSelf(code);
    }

    /**
     * Regions whose name contains {@code q}: exact names first, then higher levels, then shorter
     * names, then by code. Blank {@code q} or a non-positive limit finds nothing.
     */
    public List<Region> search(String q, int limit) {
        if (q == null || q.isBlank() || limit <= 0) {
            return List.of();
        }
        return tree().search(q.strip(), limit);
    }

    /**
     * Regions named by a name path as people write it: the full path 甘肃省/庆阳市/环县/洪德镇, or
     * its tail 环县/洪德镇 or 洪德镇, separated by slashes, backslashes, "-", "&gt;" or spaces.
     * Several results mean the name is ambiguous (there are many 城关镇); none, that it is unknown.
     */
    public List<Region> findByPath(String path) {
        if (path == null || path.isBlank()) {
            return List.of();
        }
        List<String> names = Arrays.stream(PATH_SEPARATORS.split(path.strip()))
            .filter(n -> !n.isBlank())
            .toList();
        return names.isEmpty() ? List.of() : tree().byPathSuffix(names);
    }

    private static final Pattern PATH_SEPARATORS = Pattern.compile(
            "[/\\\\／＼>＞\\-－—\\s]+");

    private RegionTree tree() {
        RegionTree current = tree;
        if (current == null) {
            synchronized (this) {
                current = tree;
                if (current == null) {
                    current = load();
                    tree = current;
                }
            }
        }
        return current;
    }

    private RegionTree load() {
        long start = System.nanoTime();
        RegionLevel[] levels = RegionLevel.values();
        List<Region> rows = jdbc.sql("SELECT code, name, level, parent_code, path_name FROM region")
            .query((rs, n) -> {
                String parent = rs.getString("parent_code");
                return new Region(new RegionCode(rs.getString("code")), rs.getString("name"),
                    levels[rs.getInt("level") - 1], parent == null ? null : new RegionCode(parent),
                    rs.getString("path_name"));
            })
            .list();
        RegionTree loaded = new RegionTree(rows);
        log.info("Cached {} regions in {} ms", loaded.size(), (System.nanoTime() - start) / 1_000_000);
        return loaded;
    }
}
