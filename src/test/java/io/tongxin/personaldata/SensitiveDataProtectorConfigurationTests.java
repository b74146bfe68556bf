package io.tongxin.personaldata;

import static io.tongxin.personaldata.SensitiveDataProtectorTests.range;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Base64;

import io.tongxin.database.DatabaseProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** How Spring builds the protector from settings and environment variables (no database needed). */
class SensitiveDataProtectorConfigurationTests {

    private static final String ENCRYPTION = Base64.getEncoder().encodeToString(range(0));
    private static final String HMAC = Base64.getEncoder().encodeToString(range(32));
    private static final String EXPECTED_HMAC = SensitiveDataProtector.withKeys(range(0), range(32)).hmac("x");

    private final ApplicationContextRunner externalDatabase = new ApplicationContextRunner()
            .withBean(DatabaseProperties.class, () -> new DatabaseProperties(
                    "jdbc:postgresql://db.example/tongxin", "u", "p", Path.of("data"), 0, false, 5))
            .withUserConfiguration(SensitiveDataProtector.class);

    @Test
    void keysComeFromTongxinCryptoProperties() {
        externalDatabase
                .withPropertyValues("tongxin.crypto.encryption-key=" + ENCRYPTION, "tongxin.crypto.hmac-key=" + HMAC)
                .run(context -> assertThat(context.getBean(SensitiveDataProtector.class).hmac("x"))
                        .isEqualTo(EXPECTED_HMAC));
    }

    @Test
    void keysComeFromTheEnvironmentVariables() {
        // A property named like the variable resolves the same way as the variable itself.
        externalDatabase
                .withPropertyValues("TONGXIN_ENCRYPTION_KEY=" + ENCRYPTION, "TONGXIN_HMAC_KEY=" + HMAC)
                .run(context -> assertThat(context.getBean(SensitiveDataProtector.class).hmac("x"))
                        .isEqualTo(EXPECTED_HMAC));
    }

    @Test
    void anExternalDatabaseWithoutKeysFailsTheStartup() {
        externalDatabase.run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("TONGXIN_ENCRYPTION_KEY")
                    .hasMessageContaining("TONGXIN_HMAC_KEY")
                    .hasMessageContaining("未配置加密密钥");
        });
    }
}
