package io.tongxin.region;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An immutable in-memory copy of the region table, indexed for the look-ups of {@link RegionDirectory}. */
final class RegionTree {

    /** Exact matches first, then the higher level (a town before its villages), then the shorter name. */
    private static Comparator<Region> relevance(String q) {
        return Comparator.<Region>comparingInt(r -> r.name().equals(q) ? 0 : 1)
            .thenComparing(Region::level)
            .thenComparingInt(r -> r.name().length())
            .thenComparing(Region::code);
    }

    private final Map<RegionCode, Region> byCode;
    private final Map<RegionCode, List<Region>> children;
    private final List<Region> provinces;
    private final List<Region> all;
    private final Map<String, List<Region>> byName;

    RegionTree(List<Region> regions) {
        List<Region> sorted = new ArrayList<>(regions);
        sorted.sort(Comparator.comparing(Region::code));
        Map<RegionCode, Region> codes = new HashMap<>(sorted.size() * 2);
        Map<RegionCode, List<Region>> kids = new HashMap<>();
        List<Region> roots = new ArrayList<>();
        for (Region region : sorted) {
            codes.put(region.code(), region);
            if (region.parentCode() == null) {
                roots.add(region);
            }
            else {
                kids.computeIfAbsent(region.parentCode(), k -> new ArrayList<>()).add(region);
            }
        }
        kids.replaceAll((code, list) -> List.copyOf(list));
        this.byCode = Map.copyOf(codes);
        this.children = Map.copyOf(kids);
        this.provinces = List.copyOf(roots);
        this.all = List.copyOf(sorted);
        Map<String, List<Region>> names = new HashMap<>(sorted.size() * 2);
        for (Region region : sorted) {
            names.computeIfAbsent(region.name(), k -> new ArrayList<>()).add(region);
        }
        names.replaceAll((name, list) -> List.copyOf(list));
        this.byName = Map.copyOf(names);
    }

    Region find(RegionCode code) {
        return byCode.get(code);
    }

    int size() {
        return all.size();
    }

    List<Region> provinces() {
        return provinces;
    }

    List<Region> children(RegionCode code) {
        return children.getOrDefault(code, List.of());
    }

    /** Province first; empty when the code is unknown. */
    List<Region> ancestorsAndSelf(RegionCode code) {
        List<Region> chain = new ArrayList<>(5);
        for (Region r = byCode.get(code); r != null; r = r.parentCode() == null ? null : byCode.get(r.parentCode())) {
            chain.add(r);
        }
        Collections.reverse(chain);
        return List.copyOf(chain);
    }

    /** A scan of ~22k names takes about a millisecond, so no index is needed in memory. */
    List<Region> search(String q, int limit) {
        return all.stream()
            .filter(r -> r.name().contains(q))
            .sorted(relevance(q))
            .limit(limit)
            .toList();
    }

    /**
     * Regions whose name path ends with the given names, e.g. [环县, 洪德镇] finds
     * 甘肃省/庆阳市/环县/洪德镇. Looked up by the last name, so it costs a handful of comparisons.
     */
    List<Region> byPathSuffix(List<String> names) {
        String suffix = String.join("/", names);
        return byName.getOrDefault(names.get(names.size() - 1), List.of()).stream()
            .filter(r -> r.pathName().equals(suffix) || r.pathName().endsWith("/" + suffix))
            .toList();
    }
}
