package io.tongxin.importing;

/** How a commit treats rejected rows. */
public enum ImportMode {
    /** Import the valid rows; rejected rows stay out and can be downloaded for correction. */
    VALID_ONLY,
    /** Import nothing unless every row is valid. */
    ALL_OR_NOTHING
}
