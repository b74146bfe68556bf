package io.tongxin.personaldata;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import io.tongxin.database.DatabaseProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Field-level protection of personal data (ID numbers, phones): {@link #encrypt}/{@link #decrypt}
 * for storage and {@link #hmac} for exact lookup and uniqueness, since an encrypted column cannot be
 * indexed or compared (every encryption of the same value differs).
 *
 * <h2>Format</h2>
 * {@code encrypt} returns one base64 string of {@code version (1 byte) | IV (12 bytes) |
 * AES-256-GCM ciphertext and 16-byte tag}. The IV is random per value; the version byte is
 * authenticated as associated data, so altering any byte makes {@link #decrypt} throw
 * {@link SensitiveDataUnreadable} rather than return wrong text. A value of n UTF-8 bytes takes
 * {@code 4 * ceil((29 + n) / 3)} characters: an ID number 64.
 *
 * <h2>Keys</h2>
 * Two different 256-bit keys from {@code tongxin.crypto.encryption-key} and
 * {@code tongxin.crypto.hmac-key} (env {@code TONGXIN_ENCRYPTION_KEY}, {@code TONGXIN_HMAC_KEY}),
 * base64; never in git. Without them, an embedded-database installation generates both once into
 * {@code <dataDir>/keys/tongxin-keys.properties}, and an external database refuses to start
 * (see {@link CryptoKeySource}).
 *
 * <h2>Key rotation (for a later release)</h2>
 * The version byte names the key that encrypted a value; today every value is version
 * {@value #CURRENT_VERSION}. To rotate: configure the new key as the encryption key with version 2
 * and keep the old one as a retired key for version 1 (e.g. {@code tongxin.crypto.retired-keys.1});
 * put both into {@code keys}. Decryption picks the key by the stored version, new values use the
 * newest, and a background job re-encrypts rows for which {@link #needsReEncryption} is true, after
 * which the retired key can be dropped. The HMAC key cannot rotate the same way: the lookup column
 * must be recomputed from decrypted values in one migration, so it is kept separate and changed rarely.
 */
@Component
public class SensitiveDataProtector {

    static final byte CURRENT_VERSION = 1;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String CIPHER = "AES/GCM/NoPadding";
    private static final String MAC = "HmacSHA256";

    private final SecureRandom random;
    private final Map<Byte, SecretKeySpec> keys;
    private final SecretKeySpec hmacKey;

    @Autowired
    SensitiveDataProtector(
            @Value("${tongxin.crypto.encryption-key:${TONGXIN_ENCRYPTION_KEY:}}") String encryptionKey,
            @Value("${tongxin.crypto.hmac-key:${TONGXIN_HMAC_KEY:}}") String hmacKey,
            DatabaseProperties database) {
        this(CryptoKeySource.resolve(encryptionKey, hmacKey, database, new SecureRandom()), new SecureRandom());
    }

    private SensitiveDataProtector(CryptoKeys keys, SecureRandom random) {
        this.random = random;
        this.keys = Map.of(CURRENT_VERSION, new SecretKeySpec(keys.encryption(), "AES"));
        this.hmacKey = new SecretKeySpec(keys.hmac(), MAC);
    }

    /** A protector with the given raw 32-byte keys, for tools, tests and benchmarks outside Spring. */
    public static SensitiveDataProtector withKeys(byte[] encryptionKey, byte[] hmacKey) {
        return new SensitiveDataProtector(new CryptoKeys(encryptionKey, hmacKey), new SecureRandom());
    }

    /** Encrypts with a fresh random IV; {@code null} stays {@code null}. */
    public String encrypt(String plaintext) {
        if (plaintext == null) {
            return null;
        }
        return Base64.getEncoder().encodeToString(seal(plaintext.getBytes(StandardCharsets.UTF_8)));
    }

    /** Encrypts a whole file, e.g. an uploaded spreadsheet kept until its import is done. */
    public byte[] encryptBytes(byte[] plaintext) {
        return seal(plaintext);
    }

    /** Decrypts what {@link #encryptBytes} produced. @throws SensitiveDataUnreadable as {@link #decrypt} */
    public byte[] decryptBytes(byte[] sealed) {
        return open(sealed);
    }

    private byte[] seal(byte[] plaintext) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(CURRENT_VERSION), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(new byte[] {CURRENT_VERSION});
            byte[] sealed = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(1 + IV_BYTES + sealed.length).put(CURRENT_VERSION).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /**
     * Decrypts what {@link #encrypt} produced; {@code null} stays {@code null}.
     *
     * @throws SensitiveDataUnreadable for a wrong key, tampered or truncated data, or an unknown version
     */
    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(stored);
        } catch (IllegalArgumentException e) {
            throw new SensitiveDataUnreadable("Not an encrypted value (not base64)", e);
        }
        return new String(open(bytes), StandardCharsets.UTF_8);
    }

    private byte[] open(byte[] bytes) {
        if (bytes.length < 1 + IV_BYTES + TAG_BITS / 8) {
            throw new SensitiveDataUnreadable("Not an encrypted value (too short)");
        }
        SecretKeySpec key = keys.get(bytes[0]);
        if (key == null) {
            throw new SensitiveDataUnreadable("Encrypted with unknown key version " + bytes[0]);
        }
        try {
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 1, IV_BYTES));
            cipher.updateAAD(bytes, 0, 1);
            return cipher.doFinal(bytes, 1 + IV_BYTES, bytes.length - 1 - IV_BYTES);
        } catch (AEADBadTagException e) {
            throw new SensitiveDataUnreadable("Encrypted value fails authentication: wrong key or altered data", e);
        } catch (GeneralSecurityException e) {
            throw new SensitiveDataUnreadable("Encrypted value cannot be decrypted", e);
        }
    }

    /** True when a stored value was encrypted with an older key than the current one. */
    public boolean needsReEncryption(String stored) {
        if (stored == null) {
            return false;
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(stored);
            return bytes.length == 0 || bytes[0] != CURRENT_VERSION;
        } catch (IllegalArgumentException e) {
            throw new SensitiveDataUnreadable("Not an encrypted value (not base64)", e);
        }
    }

    /**
     * HMAC-SHA256 of an already normalised value (e.g. {@link IdNumber#value()},
     * {@link PhoneNumber#e164()}) as 64 lower-case hex characters: equal inputs give equal hashes,
     * for a unique index and exact search, without revealing the value. {@code null} stays {@code null}.
     */
    public String hmac(String normalizedValue) {
        if (normalizedValue == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance(MAC);
            mac.init(hmacKey);
            return HexFormat.of().formatHex(mac.doFinal(normalizedValue.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
