package io.tongxin.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one DataSource of the platform: an external PostgreSQL when {@code TONGXIN_DB_URL}
 * is set, otherwise the embedded server.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseProperties properties) {
        if (!properties.embedded()) {
            HikariDataSource pool = pool(new HikariDataSource(), properties);
            pool.setJdbcUrl(properties.url());
            pool.setUsername(properties.username());
            pool.setPassword(properties.password());
            return pool;
        }
        if (properties.ephemeral()) {
            return embeddedPool(pool(new HikariDataSource(), properties), EmbeddedDatabase.ephemeral());
        }
        EmbeddedPostgres server = EmbeddedDatabase.persistent(properties.dataDir(), properties.embeddedPort());
        return embeddedPool(pool(new ServerStoppingDataSource(server), properties), server);
    }

    private static HikariDataSource embeddedPool(HikariDataSource pool, EmbeddedPostgres server) {
        pool.setJdbcUrl(server.getJdbcUrl("postgres", "postgres"));
        pool.setUsername("postgres");
        return pool;
    }

    private static HikariDataSource pool(HikariDataSource pool, DatabaseProperties properties) {
        pool.setPoolName("tongxin");
        // A JDBC batch of inserts goes to PostgreSQL as multi-row inserts: imports and history write
        // thousands of rows in one transaction.
        pool.addDataSourceProperty("reWriteBatchedInserts", "true");
        pool.setMaximumPoolSize(properties.poolSize());
        return pool;
    }

    /** A pool that stops the embedded server when it closes, after everyone else is done with it. */
    static final class ServerStoppingDataSource extends HikariDataSource {

        private final transient EmbeddedPostgres server;

        ServerStoppingDataSource(EmbeddedPostgres server) {
            this.server = server;
        }

        @Override
        public void close() {
            super.close();
            EmbeddedDatabase.close(server);
        }
    }
}
