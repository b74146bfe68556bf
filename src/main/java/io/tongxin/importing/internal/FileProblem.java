package io.tongxin.importing.internal;

import io.tongxin.shared.InvalidInputException;

/** The file as a whole cannot be imported: unreadable, too big, encrypted, no header row... */
class FileProblem extends InvalidInputException {

    FileProblem(String messageCode, Object... args) {
        super(messageCode, args);
    }
}
