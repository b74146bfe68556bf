package io.tongxin.importing.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Parser failures in words a clerk can act on. */
final class ReadFailures {

    private static final Logger log = LoggerFactory.getLogger(ReadFailures.class);

    private ReadFailures() {
    }

    static FileProblem translate(Exception e) {
        if (e instanceof FileProblem problem) {
            return problem;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Zip bomb") || message.contains("zip bomb")) {
                return new FileProblem("import.file.zip-bomb");
            }
            if (t instanceof org.apache.poi.EncryptedDocumentException) {
                return new FileProblem("import.file.encrypted");
            }
        }
        log.info("Unreadable upload: {}", e.toString());
        return new FileProblem("import.file.unreadable");
    }
}
