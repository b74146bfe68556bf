package io.tongxin.personaldata;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;

import io.tongxin.database.DatabaseProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the keys come from, in order:
 * <ol>
 * <li>configuration ({@code tongxin.crypto.encryption-key} / {@code tongxin.crypto.hmac-key},
 * or the environment variables {@code TONGXIN_ENCRYPTION_KEY} / {@code TONGXIN_HMAC_KEY});</li>
 * <li>with the embedded database: generated once and kept in {@code <dataDir>/keys/tongxin-keys.properties}
 * (the zero-setup default), or held in memory for the JVM when the database is ephemeral (tests);</li>
 * <li>with an external database: none, and the platform refuses to start. Generating keys there
 * would silently tie production data to a file on one server.</li>
 * </ol>
 */
final class CryptoKeySource {

    static final String MISSING_KEYS = """
            Encryption keys are not configured. With an external database (TONGXIN_DB_URL) set \
            TONGXIN_ENCRYPTION_KEY and TONGXIN_HMAC_KEY (or tongxin.crypto.encryption-key / \
            tongxin.crypto.hmac-key): two different random 32-byte keys, base64-encoded, e.g. from \
            `openssl rand -base64 32`. Keep them out of git and back them up: without them the \
            encrypted data cannot be read. \
            未配置加密密钥：使用外部数据库时，必须通过环境变量 TONGXIN_ENCRYPTION_KEY 和 TONGXIN_HMAC_KEY \
            提供两个不同的 32 字节随机密钥（Base64 编码，可用 openssl rand -base64 32 生成）。\
            密钥不得提交到代码库，并须妥善备份：丢失密钥将无法解密已有数据。""";

    private static final Logger log = LoggerFactory.getLogger(CryptoKeySource.class);
    private static CryptoKeys ephemeralKeys;

    private CryptoKeySource() {
    }

    static CryptoKeys resolve(String encryptionKey, String hmacKey, DatabaseProperties database,
            SecureRandom random) {
        boolean hasEncryption = encryptionKey != null && !encryptionKey.isBlank();
        boolean hasHmac = hmacKey != null && !hmacKey.isBlank();
        if (hasEncryption && hasHmac) {
            warnIfKeyFileIgnored(database);
            return new CryptoKeys(CryptoKeys.decode(encryptionKey, "TONGXIN_ENCRYPTION_KEY"),
                    CryptoKeys.decode(hmacKey, "TONGXIN_HMAC_KEY"));
        }
        if (hasEncryption || hasHmac) {
            throw new IllegalStateException("Set both TONGXIN_ENCRYPTION_KEY and TONGXIN_HMAC_KEY, not only "
                    + (hasEncryption ? "TONGXIN_ENCRYPTION_KEY" : "TONGXIN_HMAC_KEY")
                    + " / 必须同时配置 TONGXIN_ENCRYPTION_KEY 和 TONGXIN_HMAC_KEY 两个密钥");
        }
        if (!database.embedded()) {
            throw new IllegalStateException(MISSING_KEYS);
        }
        if (database.ephemeral()) {
            return ephemeral(random);
        }
        return KeyFile.loadOrCreate(KeyFile.in(dataDir(database)), random);
    }

    /**
     * One set per JVM, like the ephemeral database itself: every application context of a test
     * run shares that database, so they must share the keys that encrypted its rows.
     */
    private static synchronized CryptoKeys ephemeral(SecureRandom random) {
        if (ephemeralKeys == null) {
            ephemeralKeys = CryptoKeys.random(random);
        }
        return ephemeralKeys;
    }

    private static Path dataDir(DatabaseProperties database) {
        return database.dataDir() == null ? Path.of("data") : database.dataDir();
    }

    private static void warnIfKeyFileIgnored(DatabaseProperties database) {
        if (database.embedded() && !database.ephemeral() && Files.exists(KeyFile.in(dataDir(database)))) {
            log.warn("Using the configured keys; the generated key file {} is ignored. Data encrypted with "
                    + "the file's keys cannot be read with other keys.", KeyFile.in(dataDir(database)).toAbsolutePath());
        }
    }
}
