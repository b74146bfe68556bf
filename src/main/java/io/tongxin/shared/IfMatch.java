package io.tongxin.shared;

/** Reads the record version from an {@code If-Match} header: {@code "3"}, {@code W/"3"} or {@code 3}. */
public final class IfMatch {

    private IfMatch() {
    }

    public static int version(String header) {
        try {
            return Integer.parseInt(header.replace("W/", "").replace("\"", "").strip());
        }
        catch (NumberFormatException e) {
            throw new InvalidInputException("error.bad-if-match", header);
        }
    }
}
