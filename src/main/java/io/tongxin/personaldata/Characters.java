package io.tongxin.personaldata;

/** Clean-up of text that was typed with a Chinese input method or pasted from Excel/WeChat. */
final class Characters {

    private Characters() {
    }

    /**
     * Full-width ASCII forms (０-９, Ｘ, （, －, ＋ …) become their ASCII forms; the ideographic
     * space becomes a plain space. Chinese input methods produce these when left in full-width mode.
     */
    static String halfWidth(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                out.append((char) (c - 0xFEE0));
            } else if (c == '\u3000') {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Spaces of every kind, including no-break, zero-width and the byte-order mark that pasting carries along. */
    static boolean isInvisibleOrSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                || (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF';
    }

    static String withoutSpaces(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isInvisibleOrSpace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
