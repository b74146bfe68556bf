package io.tongxin.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;

/**
 * Starts and stops the embedded PostgreSQL server (the zero-setup default).
 * An ephemeral server is started once per JVM and shared by every application context,
 * which keeps the test suite to a single database start.
 */
final class EmbeddedDatabase {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static EmbeddedPostgres shared;

    private EmbeddedDatabase() {
    }

    static synchronized EmbeddedPostgres ephemeral() {
        if (shared == null) {
            try {
                Path dir = Files.createTempDirectory("tongxin-pg-");
                shared = start(dir, 0, true);
                EmbeddedPostgres server = shared;
                // After Spring has closed every context: a JVM hook of its own would race the
                // contexts' shutdown, stop the server under beans that still use it on close
                // (Modulith's event registry) and hang the JVM for Hikari's 30 s timeout.
                SpringApplication.getShutdownHandlers().add(() -> close(server));
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    static EmbeddedPostgres persistent(Path dataDir, int port) {
        return start(dataDir.resolve("pg").toAbsolutePath(), port, false);
    }

    private static EmbeddedPostgres start(Path dir, int port, boolean clean) {
        try {
            Files.createDirectories(dir);
            log.info("Starting embedded PostgreSQL with data in {}", dir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(clean)
                // zonky's own JVM hook would stop the server while Spring is still closing
                // contexts whose beans use it; we stop it ourselves, last.
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "100")
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("timezone", "Asia/Shanghai")
                .setLocaleConfig("encoding", "UTF8")
                .setLocaleConfig("locale", "C.UTF-8");
            if (port > 0) {
                builder.setPort(port);
            }
            return builder.start();
        }
        catch (IOException e) {
            throw new UncheckedIOException("无法启动内置 PostgreSQL 数据库：" + e.getMessage(), e);
        }
    }

    static void close(EmbeddedPostgres server) {
        try {
            server.close();
        }
        catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
