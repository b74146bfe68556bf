package io.tongxin.personaldata;

import static io.tongxin.personaldata.SensitiveDataProtectorTests.range;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.tongxin.database.DatabaseProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CryptoKeySourceTests {

    private static final String ENCRYPTION = Base64.getEncoder().encodeToString(range(0));
    private static final String HMAC = Base64.getEncoder().encodeToString(range(32));

    @TempDir
    Path dataDir;

    @Test
    void configuredKeysAreUsedWithAnyDatabase() {
        SensitiveDataProtector external = new SensitiveDataProtector(ENCRYPTION, HMAC, external());
        SensitiveDataProtector embedded = new SensitiveDataProtector(" " + ENCRYPTION + "\n", HMAC, embedded());
        assertThat(embedded.decrypt(external.encrypt("621022198503151232"))).isEqualTo("621022198503151232");
        assertThat(external.hmac("a")).isEqualTo(
                SensitiveDataProtector.withKeys(range(0), range(32)).hmac("a"));
        assertThat(keyFile()).as("configured keys leave no file behind").doesNotExist();
    }

    @Test
    void anExternalDatabaseWithoutKeysRefusesToStartNamingTheVariables() {
        for (String blank : new String[] {null, "", "  "}) {
            assertThatThrownBy(() -> new SensitiveDataProtector(blank, blank, external()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("TONGXIN_ENCRYPTION_KEY")
                    .hasMessageContaining("TONGXIN_HMAC_KEY")
                    .hasMessageContaining("Encryption keys are not configured")
                    .hasMessageContaining("未配置加密密钥");
        }
    }

    @Test
    void halfAConfigurationIsAnError() {
        assertThatThrownBy(() -> new SensitiveDataProtector(ENCRYPTION, "", embedded()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("TONGXIN_HMAC_KEY");
        assertThatThrownBy(() -> new SensitiveDataProtector(null, HMAC, external()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("TONGXIN_ENCRYPTION_KEY");
    }

    @Test
    void malformedConfiguredKeysAreNamed() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
        assertThatThrownBy(() -> new SensitiveDataProtector(shortKey, HMAC, external()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("TONGXIN_ENCRYPTION_KEY must decode to 32 bytes, not 16");
        assertThatThrownBy(() -> new SensitiveDataProtector(ENCRYPTION, "%%%", external()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("TONGXIN_HMAC_KEY is not valid base64");
        assertThatThrownBy(() -> new SensitiveDataProtector(ENCRYPTION, ENCRYPTION, external()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEmbeddedDatabaseGeneratesTheKeyFileOnceAndReusesIt() throws IOException {
        SensitiveDataProtector first = new SensitiveDataProtector(null, null, embedded());
        assertThat(keyFile()).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile()))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile().getParent())))
                .isEqualTo("rwx------");
        String content = Files.readString(keyFile());
        String stored = first.encrypt("13812345678");

        SensitiveDataProtector afterRestart = new SensitiveDataProtector("", "", embedded());
        assertThat(afterRestart.decrypt(stored)).isEqualTo("13812345678");
        assertThat(afterRestart.hmac("x")).isEqualTo(first.hmac("x"));
        assertThat(Files.readString(keyFile())).isEqualTo(content);
        assertThat(content).contains("encryption-key=", "hmac-key=", "Back this file up");
        try (var files = Files.list(keyFile().getParent())) {
            assertThat(files).as("no temporary files left").containsExactly(keyFile());
        }
    }

    @Test
    void concurrentFirstStartsAgreeOnOneKeyFile() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Callable<SensitiveDataProtector> start = () -> new SensitiveDataProtector(null, null, embedded());
            var futures = pool.invokeAll(java.util.Collections.nCopies(8, start));
            String reference = futures.get(0).get().hmac("x");
            for (Future<SensitiveDataProtector> future : futures) {
                assertThat(future.get().hmac("x")).isEqualTo(reference);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anIncompleteKeyFileIsRefused() throws IOException {
        Files.createDirectories(keyFile().getParent());
        Files.writeString(keyFile(), "encryption-key=" + ENCRYPTION + "\n");
        assertThatThrownBy(() -> new SensitiveDataProtector(null, null, embedded()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("hmac-key");
    }

    @Test
    void configuredKeysWinOverAnExistingKeyFile() {
        SensitiveDataProtector generated = new SensitiveDataProtector(null, null, embedded());
        SensitiveDataProtector configured = new SensitiveDataProtector(ENCRYPTION, HMAC, embedded());
        assertThat(configured.hmac("x")).isNotEqualTo(generated.hmac("x"))
                .isEqualTo(SensitiveDataProtector.withKeys(range(0), range(32)).hmac("x"));
    }

    @Test
    void ephemeralTestDatabasesShareInMemoryKeysForTheJvm() {
        DatabaseProperties ephemeral = new DatabaseProperties(null, null, null, dataDir, 0, true, 5);
        SensitiveDataProtector one = new SensitiveDataProtector(null, null, ephemeral);
        SensitiveDataProtector another = new SensitiveDataProtector(null, null, ephemeral);
        assertThat(another.decrypt(one.encrypt("x"))).isEqualTo("x");
        assertThat(keyFile()).doesNotExist();
    }

    private Path keyFile() {
        return dataDir.resolve("keys").resolve("tongxin-keys.properties");
    }

    private DatabaseProperties embedded() {
        return new DatabaseProperties("", null, null, dataDir, 0, false, 5);
    }

    private DatabaseProperties external() {
        return new DatabaseProperties("jdbc:postgresql://db.example/tongxin", "tongxin", "secret", dataDir, 0, false, 5);
    }
}
