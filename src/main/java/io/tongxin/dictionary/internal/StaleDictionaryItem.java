package io.tongxin.dictionary.internal;

import io.tongxin.shared.ConflictException;

/** Someone changed the item since the caller read it (optimistic locking). */
class StaleDictionaryItem extends ConflictException {

    StaleDictionaryItem(ManagedItem current) {
        super("error.dictionary.stale-version", current.name(), current.version());
    }
}
