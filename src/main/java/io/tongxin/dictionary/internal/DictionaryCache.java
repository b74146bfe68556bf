package io.tongxin.dictionary.internal;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.tongxin.dictionary.DictionaryType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Dictionaries by type, held in memory: every member form and list reads them, and they change a
 * few times a year.
 * <p>
 * <b>Single node only.</b> A change evicts the type from this JVM's cache once its transaction
 * has ended; another application node would keep serving its copy. Running several nodes needs a
 * shared invalidation (e.g. PostgreSQL {@code LISTEN/NOTIFY} on change) or a short expiry.
 * <p>
 * Why the generation counter: a reader may load a type just before a change commits and store
 * its (now stale) copy just after the eviction. A reader re-checks the generation after storing
 * and removes its own copy if an eviction happened meanwhile, so a stale copy never outlives the
 * race. Eviction happens after commit (not before), so no reader can reload the old rows after it.
 */
@Component
public class DictionaryCache {

    private final DictionaryRepository repository;
    private final ConcurrentHashMap<String, TypeSnapshot> snapshots = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    DictionaryCache(DictionaryRepository repository) {
        this.repository = repository;
    }

    /** The dictionary of this type, or empty if there is no such type (unknown types are not cached). */
    public Optional<TypeSnapshot> snapshot(String type) {
        if (type == null) {
            return Optional.empty();
        }
        TypeSnapshot cached = snapshots.get(type);
        if (cached != null) {
            return Optional.of(cached);
        }
        long before = generation.get();
        Optional<TypeSnapshot> loaded = repository.findType(type)
            .map(t -> TypeSnapshot.of(t, repository.findItems(type).stream().map(ManagedItem::toItem).toList()));
        loaded.ifPresent(snapshot -> {
            snapshots.putIfAbsent(type, snapshot);
            if (generation.get() != before) {
                snapshots.remove(type, snapshot);
            }
        });
        return loaded;
    }

    /** The dictionary types, in display order. Not cached: only the API and the admin page ask. */
    public List<DictionaryType> types() {
        return repository.findTypes();
    }

    /**
     * Drops the type once the current transaction has ended (committed or not), or now when there
     * is no transaction.
     */
    void evictAfterCompletion(String type) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    evict(type);
                }
            });
        }
        else {
            evict(type);
        }
    }

    private void evict(String type) {
        generation.incrementAndGet();
        snapshots.remove(type);
    }
}
