package io.tongxin.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, with the total so that the UI can say "共 N 条". Lists page by number only
 * through their first {@link #MAX_PAGED_ROWS} rows (a deep OFFSET reads every row it skips); past
 * that, a user narrows the search or exports.
 */
public record PageResult<T>(List<T> content, int page, int size, long totalElements) {

    public static final int MAX_PAGED_ROWS = 10_000;

    public int totalPages() {
        return size == 0 ? 0 : (int) ((totalElements + size - 1) / size);
    }

    /** The pages a user can open by number: all of them, up to {@link #MAX_PAGED_ROWS} rows. */
    public int reachablePages() {
        return size == 0 ? 0 : Math.min(totalPages(), MAX_PAGED_ROWS / size);
    }

    /** For templates, which cannot read the constant. */
    public int maxPagedRows() {
        return MAX_PAGED_ROWS;
    }

    public boolean truncated() {
        return reachablePages() < totalPages();
    }

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(content.stream().map(mapper).toList(), page, size, totalElements);
    }
}
