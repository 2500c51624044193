package io.github.releaseprocess.changelog;

import java.util.Locale;

/**
 * A link reference definition, e.g. {@code [1.2.3]: https://…/compare/v1.2.2...v1.2.3}.
 *
 * @param label the label as written
 * @param destination the URL
 * @param line its line (1-based)
 */
public record LinkReference(String label, String destination, int line) {

    /** The label as CommonMark matches it: case-folded, inner whitespace collapsed. */
    public String normalizedLabel() {
        return normalize(label);
    }

    static String normalize(String label) {
        String trimmed = label.strip();
        StringBuilder sb = null;
        boolean space = false;
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            boolean ws = Character.isWhitespace(c);
            if (sb == null && (ws && (c != ' ' || space) || Character.isUpperCase(c))) {
                sb = new StringBuilder(trimmed.length()).append(trimmed, 0, i);
            }
            if (sb != null && !(ws && space)) {
                sb.append(ws ? ' ' : c);
            }
            space = ws;
        }
        return sb == null ? trimmed : sb.toString().toLowerCase(Locale.ROOT);
    }
}
