package io.tongxin.member;

/** A member's photo as stored: checked JPEG or PNG bytes and their SHA-256 (used as the ETag). */
public record MemberPhoto(String contentType, byte[] bytes, String sha256) {
}
