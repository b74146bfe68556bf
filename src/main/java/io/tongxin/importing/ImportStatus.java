package io.tongxin.importing;

/** Where an import job is. */
public enum ImportStatus {
    VALIDATING, VALIDATED, COMMITTING, COMMITTED, FAILED;

    public boolean running() {
        return this == VALIDATING || this == COMMITTING;
    }
}
