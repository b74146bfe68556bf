package io.tongxin.personaldata;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Properties;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The generated keys of an embedded-database installation, kept in
 * {@code <dataDir>/keys/tongxin-keys.properties} (owner read/write only). Created once, then read
 * on every start: the file must be backed up together with the data directory.
 */
final class KeyFile {

    static final String ENCRYPTION_KEY = "encryption-key";
    static final String HMAC_KEY = "hmac-key";

    private static final Logger log = LoggerFactory.getLogger(KeyFile.class);
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");

    private KeyFile() {
    }

    static Path in(Path dataDir) {
        return dataDir.resolve("keys").resolve("tongxin-keys.properties");
    }

    /** Reads the keys from {@code file}, creating it with new random keys if it does not exist. */
    static CryptoKeys loadOrCreate(Path file, SecureRandom random) {
        try {
            if (Files.exists(file)) {
                return load(file);
            }
            return create(file, CryptoKeys.random(random));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the key file " + file.toAbsolutePath()
                    + " / 无法读取或创建密钥文件 " + file.toAbsolutePath(), e);
        }
    }

    private static CryptoKeys load(Path file) throws IOException {
        if (posix() && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY_FILE)) {
            log.warn("Key file {} is readable by others; restrict it with: chmod 600", file.toAbsolutePath());
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            properties.load(reader);
        }
        String encryption = properties.getProperty(ENCRYPTION_KEY);
        String hmac = properties.getProperty(HMAC_KEY);
        if (encryption == null || hmac == null) {
            throw new IllegalStateException("Key file " + file.toAbsolutePath() + " lacks " + ENCRYPTION_KEY
                    + " or " + HMAC_KEY + " / 密钥文件缺少 " + ENCRYPTION_KEY + " 或 " + HMAC_KEY);
        }
        return new CryptoKeys(CryptoKeys.decode(encryption, file + ":" + ENCRYPTION_KEY),
                CryptoKeys.decode(hmac, file + ":" + HMAC_KEY));
    }

    /**
     * Writes a complete temporary file and then links it into place, so a concurrent start or a
     * crash never leaves a half-written key file, and the first writer's keys win.
     */
    private static CryptoKeys create(Path file, CryptoKeys keys) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (posix()) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIR));
        } else {
            Files.createDirectories(dir);
        }
        Path temp = posix()
                ? Files.createTempFile(dir, ".keys-", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE))
                : Files.createTempFile(dir, ".keys-", ".tmp");
        try {
            try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.ISO_8859_1)) {
                writer.write("# Tongxin field-encryption keys, generated " + Instant.now() + ".\n");
                writer.write("# Back this file up with the database: without it the encrypted data cannot be read.\n");
                writer.write("# Never commit it. Production sets TONGXIN_ENCRYPTION_KEY and TONGXIN_HMAC_KEY instead.\n");
                writer.write(ENCRYPTION_KEY + "=" + keys.encryptionBase64() + "\n");
                writer.write(HMAC_KEY + "=" + keys.hmacBase64() + "\n");
            }
            try {
                Files.createLink(file, temp);
            } catch (FileAlreadyExistsException e) {
                return load(file);
            } catch (UnsupportedOperationException e) {
                Files.move(temp, file);
            }
            log.warn("Generated new encryption keys in {}. Back this file up together with the data directory.",
                    file.toAbsolutePath());
            return keys;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
