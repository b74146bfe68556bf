package io.tongxin.importing.internal;

import io.tongxin.importing.RowResult;

/** Tallies of one pass over a file. */
final class Counts {

    private int total;
    private int invalid;
    private int create;
    private int update;
    private int unchanged;
    private int skipped;

    void add(RowResult result) {
        total++;
        switch (result.action()) {
            case REJECTED -> invalid++;
            case CREATE -> create++;
            case UPDATE -> update++;
            case UNCHANGED -> unchanged++;
            case SKIPPED_EXISTING -> skipped++;
        }
    }

    int total() {
        return total;
    }

    int valid() {
        return total - invalid;
    }

    int invalid() {
        return invalid;
    }

    int create() {
        return create;
    }

    /** Rows matching an existing record that change it (at validation: would, if updating is chosen). */
    int update() {
        return update;
    }

    /** Rows matching an existing record left alone because updating was not chosen. */
    int skipped() {
        return skipped;
    }

    int unchanged() {
        return unchanged;
    }
}
