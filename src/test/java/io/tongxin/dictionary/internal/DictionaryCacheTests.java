package io.tongxin.dictionary.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import io.tongxin.dictionary.DictionaryType;
import org.junit.jupiter.api.Test;

/** The cache's answer to the read-during-change race, without a database. */
class DictionaryCacheTests {

    private final AtomicInteger loads = new AtomicInteger();
    private DictionaryCache cache;

    /** Serves "old" on the first load and commits a change (evicting) while that load runs. */
    private final DictionaryRepository repository = new DictionaryRepository(null) {

        @Override
        Optional<DictionaryType> findType(String code) {
            return Optional.of(new DictionaryType(code, "测试", null, false));
        }

        @Override
        List<ManagedItem> findItems(String type) {
            int load = loads.incrementAndGet();
            if (load == 1) {
                cache.evictAfterCompletion(type);
            }
            Instant now = Instant.now();
            return List.of(new ManagedItem(type, "A", load == 1 ? "旧" : "新", null, 1, true, false, 0, now, now));
        }
    };

    @Test
    void aCopyLoadedWhileAChangeCommittedIsNotKept() {
        cache = new DictionaryCache(repository);

        assertThat(nameOfA()).as("the racing reader itself sees what it read").isEqualTo("旧");
        assertThat(nameOfA()).as("the next reader reloads instead of getting the stale copy").isEqualTo("新");
        assertThat(nameOfA()).isEqualTo("新");
        assertThat(loads).as("the fresh copy is cached").hasValue(2);
    }

    @Test
    void unknownTypesAreNotCached() {
        DictionaryCache empty = new DictionaryCache(new DictionaryRepository(null) {
            @Override
            Optional<DictionaryType> findType(String code) {
                loads.incrementAndGet();
                return Optional.empty();
            }
        });
        assertThat(empty.snapshot("nope")).isEmpty();
        assertThat(empty.snapshot("nope")).isEmpty();
        assertThat(loads).hasValue(2);
    }

    private String nameOfA() {
        return cache.snapshot("x").orElseThrow().byCode().get("A").name();
    }
}
