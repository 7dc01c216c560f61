package dev.fearless.reports;

/**
 * Makes untrusted text (test names, messages, stack traces) safe for XML 1.0. Characters XML 1.0 forbids even as
 * references (most control characters, lone surrogates) would make Jenkins, GitLab and Surefire reject the whole
 * file, so they are written visibly as {@code \u001b} instead, the way a Java string shows them.
 */
final class XmlText {

    private XmlText() {
    }

    /** {@code text} with every character XML 1.0 forbids replaced; {@code ""} for {@code null}. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        int bad = firstForbidden(text);
        if (bad < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, bad);
        for (int i = bad; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (allowed(c) && !Character.isSurrogate(c)) {
                out.append(c);
            } else {
                out.append(VisibleText.escape(c));
            }
        }
        return out.toString();
    }

    /** {@code text} cleaned and escaped for a double-quoted attribute value written by hand. */
    static String attribute(String text) {
        StringBuilder out = new StringBuilder(text == null ? 0 : text.length() + 16);
        appendAttribute(out, text);
        return out.toString();
    }

    /** Appends {@code text} cleaned and escaped for a double-quoted attribute value; nothing for {@code null}. */
    static void appendAttribute(StringBuilder out, String text) {
        appendEscaped(out, text, true);
    }

    /**
     * Appends {@code text} cleaned and escaped as element content; nothing for {@code null}. Line breaks stay as
     * they are (a stack trace keeps its lines), except {@code \r}, which a parser would turn into {@code \n}.
     */
    static void appendText(StringBuilder out, String text) {
        appendEscaped(out, text, false);
    }

    private static void appendEscaped(StringBuilder out, String text, boolean attribute) {
        String clean = clean(text);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                // Escaped in content too: a literal "]]>" is not allowed there.
                case '>' -> out.append("&gt;");
                case '\r' -> out.append("&#13;");
                // Kept as references in an attribute, where a parser would turn raw ones into spaces.
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\n' -> out.append(attribute ? "&#10;" : "\n");
                case '\t' -> out.append(attribute ? "&#9;" : "\t");
                default -> out.append(c);
            }
        }
    }

    private static int firstForbidden(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!allowed(c)) {
                return i;
            }
            if (Character.isSurrogate(c)) {
                boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1));
                if (!pair) {
                    return i;
                }
                i++;
            }
        }
        return -1;
    }

    /** XML 1.0's Char production for one UTF-16 unit; surrogates are checked in pairs by the callers. */
    private static boolean allowed(char c) {
        return c >= 0x20 ? c != 0xFFFE && c != 0xFFFF : c == '\t' || c == '\n' || c == '\r';
    }
}
