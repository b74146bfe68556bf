package io.tongxin.importing;

/** One pass of an {@link ImportHandler} over the rows of a file, in file order. */
public interface ImportRun {

    /** Checks a row and says what it would do; writes nothing. */
    RowResult check(SourceRow row);

    /**
     * Checks the row again and, when valid, applies it. Runs inside the commit's one transaction, so
     * a failure anywhere undoes every row.
     */
    RowResult apply(SourceRow row);
}
