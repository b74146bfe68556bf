package io.tongxin.shared;

/** One rule one field broke: the field's name, a message code and its arguments. */
public record FieldViolation(String field, String messageCode, Object... arguments) {
}
