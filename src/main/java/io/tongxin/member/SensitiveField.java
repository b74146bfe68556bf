package io.tongxin.member;

/** The fields that are stored encrypted and shown masked. */
public enum SensitiveField {
    ID_NUMBER, PHONE
}
