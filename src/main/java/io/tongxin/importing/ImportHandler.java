package io.tongxin.importing;

import java.util.List;
import java.util.Map;

/**
 * What a module tells the import machinery about one kind of import (members, live sessions):
 * its columns, who may run it, and how to check and apply one row. One bean per kind.
 */
public interface ImportHandler {

    /** A short stable code stored with each job, e.g. {@code member}. */
    String kind();

    /** The permission code needed to upload, read and commit such an import. */
    String permission();

    List<ImportColumn> columns();

    /**
     * The columns for a file uploaded with these parameters, e.g. with the header names saved for
     * one platform's export. By default the same as {@link #columns()}.
     */
    default List<ImportColumn> columns(Map<String, String> parameters) {
        return columns();
    }

    /** Checks the parameters given with an upload. @throws io.tongxin.shared.DomainException when wrong */
    default void checkParameters(Map<String, String> parameters) {
    }

    /** Whether "update existing records" is a choice this import offers. */
    boolean supportsUpdate();

    /** The audit action recorded for each commit, e.g. {@code MEMBER_IMPORTED}. */
    String auditAction();

    /** Message code of the page title, e.g. "导入统战成员". */
    String titleCode();

    /** Where the user goes when the import is done, e.g. {@code /members}. */
    String doneLink();

    /**
     * Starts one pass over a file. A pass keeps state across rows (duplicates inside the file), so
     * validation and commit each start their own. Runs as the user who uploaded the file.
     */
    ImportRun start(ImportOptions options);
}
