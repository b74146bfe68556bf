package io.tongxin.personaldata;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/** The two 256-bit secrets: one encrypts, the other keys the lookup HMAC. Never the same. */
final class CryptoKeys {

    static final int KEY_BYTES = 32;

    private final byte[] encryption;
    private final byte[] hmac;

    CryptoKeys(byte[] encryption, byte[] hmac) {
        if (encryption.length != KEY_BYTES || hmac.length != KEY_BYTES) {
            throw new IllegalArgumentException("Both keys must be 32 bytes (256 bits)");
        }
        if (MessageDigest.isEqual(encryption, hmac)) {
            throw new IllegalArgumentException(
                    "The encryption key and the HMAC key must differ / 加密密钥与 HMAC 密钥不能相同");
        }
        this.encryption = encryption.clone();
        this.hmac = hmac.clone();
    }

    static CryptoKeys random(SecureRandom random) {
        byte[] encryption = new byte[KEY_BYTES];
        byte[] hmac = new byte[KEY_BYTES];
        random.nextBytes(encryption);
        random.nextBytes(hmac);
        return new CryptoKeys(encryption, hmac);
    }

    /** Decodes a configured base64 key; {@code name} says which setting is wrong if it is. */
    static byte[] decode(String base64, String name) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(name + " is not valid base64 / " + name + " 不是有效的 Base64 编码", e);
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalStateException(name + " must decode to 32 bytes, not " + key.length
                    + " (generate one with: openssl rand -base64 32) / " + name + " 解码后应为 32 字节，实际为 "
                    + key.length + " 字节（可用 openssl rand -base64 32 生成）");
        }
        return key;
    }

    byte[] encryption() {
        return encryption.clone();
    }

    byte[] hmac() {
        return hmac.clone();
    }

    String encryptionBase64() {
        return Base64.getEncoder().encodeToString(encryption);
    }

    String hmacBase64() {
        return Base64.getEncoder().encodeToString(hmac);
    }
}
