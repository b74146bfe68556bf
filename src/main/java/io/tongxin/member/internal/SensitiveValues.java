package io.tongxin.member.internal;

/** The stored forms of the ID number and phone: cipher text, keyed hash, masked display. */
record SensitiveValues(String idCipher, String idHmac, String idMasked, String phoneCipher, String phoneHmac,
        String phoneLast4, String phoneMasked) {
}
