package io.tongxin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import io.tongxin.database.DatabaseProperties;
import io.tongxin.security.SecurityProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.env.MockEnvironment;

/** The environment variables the README documents really reach the settings they name. */
class ConfigurationTests {

    @Test
    void documentedEnvironmentVariablesBindToTheirSettings() throws IOException {
        MockEnvironment environment = new MockEnvironment()
            .withProperty("TONGXIN_ADMIN_PASSWORD", "From-The-Env-2026")
            .withProperty("TONGXIN_ROOT_REGION", "621000000000")
            .withProperty("TONGXIN_DB_URL", "jdbc:postgresql://db.example:5432/tongxin")
            .withProperty("TONGXIN_DB_USER", "tx")
            .withProperty("TONGXIN_DB_PASSWORD", "secret-from-env")
            .withProperty("TONGXIN_DATA_DIR", "/srv/tongxin");
        new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"))
            .forEach(environment.getPropertySources()::addLast);
        Binder binder = Binder.get(environment);

        SecurityProperties security = binder.bind("tongxin.security", SecurityProperties.class).get();
        assertThat(security.adminPassword()).isEqualTo("From-The-Env-2026");
        assertThat(security.rootRegion()).isEqualTo("621000000000");
        assertThat(security.maxFailedLogins()).isEqualTo(5);

        DatabaseProperties database = binder.bind("tongxin.database", DatabaseProperties.class).get();
        assertThat(database.url()).isEqualTo("jdbc:postgresql://db.example:5432/tongxin");
        assertThat(database.username()).isEqualTo("tx");
        assertThat(database.password()).isEqualTo("secret-from-env");
        assertThat(database.dataDir()).hasToString("/srv/tongxin");
        assertThat(database.embedded()).isFalse();
    }
}
