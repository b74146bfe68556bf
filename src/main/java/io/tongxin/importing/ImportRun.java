package io.tongxin.importing;

import java.util.List;

/**
 * One pass of an {@link ImportHandler} over the rows of a file, in file order. The rows come in
 * chunks: {@link #prepare} sees each chunk before its rows are checked or applied, so a run can look
 * up what it needs for many rows in one query; {@link #finish} ends a commit, so a run may write its
 * rows in batches rather than one by one.
 */
public interface ImportRun {

    /** How many rows the machinery reads ahead and hands to {@link #prepare} at once. */
    int CHUNK = 500;

    /** Called with each chunk of rows before they are checked or applied. */
    default void prepare(List<SourceRow> rows) {
    }

    /** Checks a row and says what it would do; writes nothing. */
    RowResult check(SourceRow row);

    /**
     * Checks the row again and, when valid, applies it. Runs inside the commit's one transaction, so
     * a failure anywhere undoes every row.
     */
    RowResult apply(SourceRow row);

    /**
     * Ends a commit, inside its transaction: writes whatever the run still holds back. Anything
     * thrown here undoes the whole commit.
     */
    default void finish() {
    }
}
