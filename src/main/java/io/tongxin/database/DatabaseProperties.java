package io.tongxin.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the data lives. With no {@code url} the platform runs on an embedded PostgreSQL
 * whose files are kept under {@code dataDir}, so a newcomer needs no setup at all.
 *
 * @param url          JDBC URL of an external PostgreSQL (production); empty for embedded
 * @param username     user for the external database
 * @param password     password for the external database
 * @param dataDir      the platform's data directory (embedded database files live in {@code pg/})
 * @param embeddedPort port of the embedded server; 0 picks a free one
 * @param ephemeral    start the embedded server on a throw-away directory once per JVM (tests)
 * @param poolSize     connections in the pool; the test suite keeps several application contexts
 *                     alive against one server, so it uses a small pool
 */
@ConfigurationProperties("tongxin.database")
public record DatabaseProperties(String url, String username, String password, Path dataDir,
        int embeddedPort, boolean ephemeral, @DefaultValue("20") int poolSize) {

    public boolean embedded() {
        return url == null || url.isBlank();
    }
}
