package io.tongxin.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SensitiveDataProtectorTests {

    /** Fixed test keys 0x00..0x1F and 0x20..0x3F, so that the vectors below can be checked elsewhere. */
    static final byte[] ENCRYPTION_KEY = range(0);
    static final byte[] HMAC_KEY = range(32);

    private final SensitiveDataProtector protector = SensitiveDataProtector.withKeys(ENCRYPTION_KEY, HMAC_KEY);

    @Test
    void roundTripsPersonalData() {
        for (String value : new String[] {"621022198503151232", "+8613812345678", "", "刘斌", "阿卜杜·热合曼",
                "甘肃省庆阳市环县环城镇 1 号 🏠", "x".repeat(5000)}) {
            assertThat(protector.decrypt(protector.encrypt(value))).isEqualTo(value);
        }
    }

    @Test
    void formatIsVersionIvCiphertextAndTagInBase64() {
        String stored = protector.encrypt("621022198503151232");
        byte[] bytes = Base64.getDecoder().decode(stored);
        assertThat(bytes[0]).isEqualTo((byte) 1);
        assertThat(bytes).hasSize(1 + 12 + 18 + 16);
        assertThat(stored).hasSize(64).doesNotContain("621022");
    }

    @Test
    void decryptsAValueEncryptedByAnIndependentImplementation() {
        // AES-256-GCM by Python's cryptography package: key 0x00..0x1F, IV 0x64..0x6F, AAD = version byte 0x01.
        String fromPython = "AWRlZmdoaWprbG1ub62TRoDvZXaoDFNv2uhUU8V38jU7vl3BQZWjPhHkDzEIDXj223sUhvUK";
        assertThat(protector.decrypt(fromPython)).isEqualTo("刘斌 621022198503151232");
    }

    @Test
    void everyEncryptionUsesAFreshIv() {
        Set<String> ciphertexts = new HashSet<>();
        Set<ByteBuffer> ivs = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String stored = protector.encrypt("13812345678");
            ciphertexts.add(stored);
            ivs.add(ByteBuffer.wrap(Base64.getDecoder().decode(stored), 1, 12).slice());
        }
        assertThat(ciphertexts).hasSize(200);
        assertThat(ivs).hasSize(200);
    }

    @Test
    void anyAlteredByteIsDetectedNotDecryptedToGarbage() {
        byte[] original = Base64.getDecoder().decode(protector.encrypt("621022198503151232"));
        for (int position = 0; position < original.length; position++) {
            byte[] tampered = original.clone();
            tampered[position] ^= 0x01;
            String altered = Base64.getEncoder().encodeToString(tampered);
            assertThatThrownBy(() -> protector.decrypt(altered))
                    .as("byte %d altered", position)
                    .isInstanceOf(SensitiveDataUnreadable.class);
        }
    }

    @Test
    void truncatedOrForeignValuesAreUnreadable() {
        String stored = protector.encrypt("13812345678");
        for (String bad : new String[] {stored.substring(0, stored.length() - 4), "", "AQ==", "not base64!",
                "621022198503151232", Base64.getEncoder().encodeToString(new byte[40])}) {
            assertThatThrownBy(() -> protector.decrypt(bad)).as(bad).isInstanceOf(SensitiveDataUnreadable.class);
        }
    }

    @Test
    void anUnknownKeyVersionIsNamed() {
        byte[] bytes = Base64.getDecoder().decode(protector.encrypt("13812345678"));
        bytes[0] = 7;
        assertThatThrownBy(() -> protector.decrypt(Base64.getEncoder().encodeToString(bytes)))
                .isInstanceOf(SensitiveDataUnreadable.class)
                .hasMessageContaining("version 7");
    }

    @Test
    void aWrongKeyFailsClearly() {
        SensitiveDataProtector other = SensitiveDataProtector.withKeys(range(64), HMAC_KEY);
        String stored = protector.encrypt("621022198503151232");
        assertThatThrownBy(() -> other.decrypt(stored))
                .isInstanceOf(SensitiveDataUnreadable.class)
                .hasMessageContaining("wrong key or altered data");
    }

    @Test
    void hmacIsStableHexAndKeyedSeparately() {
        // Pinned: a changed HMAC would silently break every uniqueness check and lookup on stored rows.
        assertThat(protector.hmac("621022198503151232"))
                .isEqualTo("e107bee368425201ce652c63dbad61db59cbd44adf2310ac2d165e5bc3a79ae2");
        assertThat(protector.hmac("+8613812345678"))
                .isEqualTo("9289ec1cc590d5cf1d7557d15ff0b21408d24913c4a5b0cef5337de1d81871d9");
        assertThat(SensitiveDataProtector.withKeys(range(64), HMAC_KEY).hmac("+8613812345678"))
                .as("independent of the encryption key")
                .isEqualTo(protector.hmac("+8613812345678"));
        assertThat(SensitiveDataProtector.withKeys(ENCRYPTION_KEY, range(64)).hmac("+8613812345678"))
                .isNotEqualTo(protector.hmac("+8613812345678"));
        assertThat(protector.hmac("621022198503151233")).matches("[0-9a-f]{64}")
                .isNotEqualTo(protector.hmac("621022198503151232"));
    }

    @Test
    void theSamePhoneTypedDifferentlyHashesTheSame() {
        assertThat(protector.hmac(PhoneNumber.parse("+86 138-1234-5678").e164()))
                .isEqualTo(protector.hmac(PhoneNumber.parse("13812345678").e164()));
        String id = IdNumbers.valid(4);
        assertThat(protector.hmac(IdNumber.parse(id.toLowerCase() + " ").value()))
                .isEqualTo(protector.hmac(IdNumber.parse(id).value()));
    }

    @Test
    void nullStaysNull() {
        assertThat(protector.encrypt(null)).isNull();
        assertThat(protector.decrypt(null)).isNull();
        assertThat(protector.hmac(null)).isNull();
        assertThat(protector.needsReEncryption(null)).isFalse();
    }

    @Test
    void onlyOlderKeyVersionsNeedReEncryption() {
        byte[] bytes = Base64.getDecoder().decode(protector.encrypt("x"));
        assertThat(protector.needsReEncryption(Base64.getEncoder().encodeToString(bytes))).isFalse();
        bytes[0] = 0;
        assertThat(protector.needsReEncryption(Base64.getEncoder().encodeToString(bytes))).isTrue();
    }

    @Test
    void keysMustBe256BitsAndDifferent() {
        assertThatThrownBy(() -> SensitiveDataProtector.withKeys(new byte[16], HMAC_KEY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SensitiveDataProtector.withKeys(ENCRYPTION_KEY, ENCRYPTION_KEY.clone()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must differ");
    }

    static byte[] range(int from) {
        byte[] key = new byte[32];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) (from + i);
        }
        return key;
    }
}
