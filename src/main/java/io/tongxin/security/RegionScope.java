package io.tongxin.security;

import java.util.Map;
import java.util.Optional;

import io.tongxin.region.RegionCode;
import io.tongxin.shared.NotFoundException;

/**
 * The regions a user may see: one region and everything below it. Modules never decide this
 * themselves; they take the scope from {@link RegionScopes} and apply it with the helpers here.
 */
public record RegionScope(RegionCode root) {

    /** True when a record managed in {@code region} is visible. */
    public boolean includes(RegionCode region) {
        return region != null && root.contains(region);
    }

    public boolean includes(String regionCode) {
        return regionCode != null && includes(RegionCode.of(regionCode));
    }

    /**
     * Throws a plain 404 when the record lies outside the scope: a 403 would tell the caller that
     * the record exists.
     */
    public void requireVisible(String regionCode, String notFoundMessageCode, Object... args) {
        if (!includes(regionCode)) {
            throw new NotFoundException(notFoundMessageCode, args);
        }
    }

    /**
     * The one region whose subtree is what this scope sees of {@code filter}'s subtree (region
     * subtrees are nested or apart): the filter when it lies inside the scope, the scope's root
     * when the filter lies above it, empty when the two are apart. A null filter is the root.
     */
    public Optional<RegionCode> narrowedTo(RegionCode filter) {
        if (filter == null || filter.contains(root)) {
            return Optional.of(root);
        }
        return root.contains(filter) ? Optional.of(filter) : Optional.empty();
    }

    /**
     * An index-friendly SQL condition on a 12-digit region code column, with its parameters, e.g.
     * {@code m.region_code BETWEEN :scopeLow AND :scopeHigh}. Append it to every scoped query.
     */
    public SqlCondition sql(String column) {
        return new SqlCondition(column + " BETWEEN :scopeLow AND :scopeHigh",
                Map.of("scopeLow", root.subtreeLowerBound(), "scopeHigh", root.subtreeUpperBound()));
    }

    /** A WHERE-clause fragment and the named parameters it binds. */
    public record SqlCondition(String clause, Map<String, Object> parameters) {
    }
}
