package io.tongxin.importing.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * The kind of an uploaded file, decided by its content and checked against its name: a renamed
 * file or a password-protected workbook (an OLE2 container named .xlsx) gets a clear message
 * instead of a parser's stack trace.
 */
enum FileFormat {
    XLSX, XLS, CSV;

    static FileFormat detect(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        FileMagic magic;
        try {
            magic = FileMagic.valueOf(new ByteArrayInputStream(content, 0, Math.min(content.length, 64)));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean excelName = name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls");
        if (magic == FileMagic.OOXML) {
            return XLSX;
        }
        if (magic == FileMagic.OLE2) {
            if (encrypted(content)) {
                throw new FileProblem("import.file.encrypted");
            }
            return XLS;
        }
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            if (magic != FileMagic.UNKNOWN && magic != FileMagic.HTML) {
                throw new FileProblem("import.file.unreadable");
            }
            return CSV;
        }
        if (excelName) {
            throw new FileProblem("import.file.unreadable");
        }
        throw new FileProblem("import.file.unsupported-type");
    }

    /** A password-protected .xlsx is an OLE2 container holding the encrypted package. */
    private static boolean encrypted(byte[] content) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            return fs.getRoot().hasEntryCaseInsensitive("EncryptedPackage");
        }
        catch (IOException | RuntimeException e) {
            throw new FileProblem("import.file.unreadable");
        }
    }
}
