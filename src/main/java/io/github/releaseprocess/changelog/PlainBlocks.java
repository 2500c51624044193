package io.github.releaseprocess.changelog;

import java.util.Arrays;

/**
 * The top-level blocks of a section written in the plain form most changelogs use, found from the
 * first characters of each line instead of a full CommonMark parse (decision 0030): blank lines,
 * ATX headings at the margin, {@code - } and {@code * } list items whose text starts with a letter
 * and their lines indented by two spaces, paragraphs that start with a letter, and link reference
 * definitions {@code [label]: destination} on a line of their own. A section with any other line
 * (deeper indentation, a fence, HTML, a quote, another list marker, a line of spaces, a lone
 * carriage return, a setext underline...) is left to commonmark-java. For the sections it takes,
 * the blocks (kind, level, first and last line, list items, label and destination) are the ones
 * commonmark-java gives; {@code PlainBlocksTest} compares the two on random texts of these lines
 * and their near misses and on the corpus.
 */
final class PlainBlocks {

    static final int PARAGRAPH = 1;
    static final int LIST = 2;
    static final int HEADING = 3;
    static final int DEFINITION = 4;

    private static final byte BLANK = 0;
    private static final byte ITEM = 1;
    private static final byte TEXT = 2;
    private static final byte DEF = 3;
    private static final byte STAR_ITEM = 4;
    /** Two spaces, then text: an item's next line or next paragraph; nothing outside a list. */
    private static final byte ITEM_TEXT = 5;
    // A heading of level n is HEADING_0 + n.
    private static final byte HEADING_0 = 10;
    /** The longest label taken here, well inside CommonMark's 999 characters. */
    private static final int MAX_LABEL = 500;

    private PlainBlocks() {
    }

    /**
     * The blocks of {@code text}, or null when a line of it is not in the plain form. Each block
     * is {@code kind | level << 8, first line, last line, n} followed by n ints (a list's items as
     * first and last line in pairs); lines count from 1 within the text.
     */
    static int[] scan(String text) {
        return loneCarriageReturn(text) ? null : scan(text, 0, text.length());
    }

    /**
     * Whether a carriage return in the text stands without a line feed after it: a line ending
     * of its own, which {@link #scan(String, int, int)} does not look for.
     */
    static boolean loneCarriageReturn(String text) {
        for (int i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) {
            if (i + 1 == text.length() || text.charAt(i + 1) != '\n') {
                return true;
            }
        }
        return false;
    }

    /**
     * {@link #scan(String)} of the text from {@code from} to {@code to}, whose lines end at
     * {@code \n} or {@code \r\n} (no {@link #loneCarriageReturn}); lines count from 1 at
     * {@code from}.
     */
    static int[] scan(String text, int from, int to) {
        byte[] kinds = new byte[256];
        int lines = 0;
        for (int start = from; start < to; ) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 || nl > to ? to : nl;
            int content = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
            int kind = kind(text, start, content);
            if (kind < 0) {
                return null;
            }
            if (lines == kinds.length) {
                kinds = Arrays.copyOf(kinds, lines * 2);
            }
            kinds[lines++] = (byte) kind;
            start = end + 1;
        }
        return blocks(kinds, lines);
    }

    /** What a line is, or -1 when it is not in the plain form. */
    private static int kind(String s, int start, int end) {
        if (start == end) {
            return BLANK;
        }
        char c = s.charAt(start);
        if (c == ' ') {
            // Exactly the content offset of "- " and "* ": more may start code or a sub-block.
            return end - start > 2 && s.charAt(start + 1) == ' ' && plainStart(s, start + 2, end)
                    ? ITEM_TEXT : -1;
        }
        if (c == '#') {
            int i = start;
            while (i < end && s.charAt(i) == '#') {
                i++;
            }
            int level = i - start;
            if (level > 6 || i < end && s.charAt(i) != ' ' && s.charAt(i) != '\t') {
                return -1;
            }
            return HEADING_0 + level;
        }
        if (c == '-' || c == '*' && start + 1 < end && s.charAt(start + 1) == ' ') {
            // "* **x" is no thematic break: that takes nothing but stars and spaces.
            return end - start > 2 && s.charAt(start + 1) == ' ' && plainStart(s, start + 2, end)
                    ? c == '-' ? ITEM : STAR_ITEM : -1;
        }
        if (c == '[') {
            return definition(s, start, end) > 0 ? DEF : -1;
        }
        return plainStart(s, start, end) ? TEXT : -1;
    }

    /**
     * Whether the text at {@code i} starts no block of its own: a letter, {@code (}, a quote,
     * {@code **} before a word, or one or two backticks.
     */
    private static boolean plainStart(String s, int i, int end) {
        char c = s.charAt(i);
        if (c == '(' || c == '"' || c == '\'') {
            return true;
        }
        if (c == '*') {
            // "**Breaking:**": neither a list marker ("* ") nor a thematic break ("***", "* * *").
            if (i + 2 >= end || s.charAt(i + 1) != '*') {
                return false;
            }
            char d = s.charAt(i + 2);
            return d != '*' && d != ' ' && d != '\t';
        }
        if (c == '`') {
            return !(i + 2 < end && s.charAt(i + 1) == '`' && s.charAt(i + 2) == '`');
        }
        return Character.isLetter(c);
    }

    /**
     * Where the destination of {@code [label]: destination} starts, or -1 when the line is not
     * one in the plain form: a label without brackets or backslashes that is not blank, then
     * {@code ": "} and a destination of printable ASCII without spaces, angle brackets,
     * parentheses, backslashes or entities, up to the end of the line.
     */
    static int definition(String s, int start, int end) {
        int close = start + 1;
        boolean blank = true;
        while (close < end) {
            char c = s.charAt(close);
            if (c == ']') {
                break;
            }
            if (c == '[' || c == '\\' || c < ' ' || c == 0x7F) {
                return -1;
            }
            blank &= c == ' ';
            close++;
        }
        if (close + 3 >= end || blank || close - start - 1 > MAX_LABEL
                || s.charAt(close + 1) != ':' || s.charAt(close + 2) != ' ') {
            return -1;
        }
        int dest = close + 3;
        for (int i = dest; i < end; i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c >= 0x7F || c == '<' || c == '>' || c == '(' || c == ')'
                    || c == '\\' || c == '&') {
                return -1;
            }
        }
        return dest;
    }

    /** The blocks of the classified lines, or null when a definition is not one by itself. */
    private static int[] blocks(byte[] kinds, int lines) {
        Out out = new Out();
        int open = 0;
        int first = 0;
        int last = 0;
        boolean blankSeen = false;
        byte bullet = 0;
        Out items = new Out();
        for (int i = 0; i < lines; i++) {
            int line = i + 1;
            byte k = kinds[i];
            if (k == DEF) {
                byte before = i == 0 ? BLANK : kinds[i - 1];
                byte after = i + 1 == lines ? BLANK : kinds[i + 1];
                // After a paragraph or an item it is their text; before one, that may be its title.
                if (before == ITEM || before == STAR_ITEM || before == TEXT || before == ITEM_TEXT
                        || after == ITEM || after == STAR_ITEM || after == TEXT) {
                    return null;
                }
            }
            if (k == BLANK) {
                if (open == PARAGRAPH) {
                    out.block(PARAGRAPH, first, last, items, false);
                    open = 0;
                } else if (open == LIST) {
                    blankSeen = true;
                }
                continue;
            }
            if (k == ITEM_TEXT) {
                if (open != LIST) {
                    return null;
                }
                // Indented to the item's content: its paragraph goes on, or after a blank line
                // a new paragraph of the same item starts.
                last = line;
                items.ints[items.size - 1] = line;
                blankSeen = false;
                continue;
            }
            if (k == TEXT && (open == PARAGRAPH || open == LIST && !blankSeen)) {
                // A paragraph's next line, or a lazy continuation line of the item's paragraph.
                last = line;
                if (open == LIST) {
                    items.ints[items.size - 1] = line;
                }
                continue;
            }
            if (k == bullet && open == LIST) {
                // The same marker continues the list; the other one starts a new list.
                items.add(line);
                items.add(line);
                last = line;
                blankSeen = false;
                continue;
            }
            if (open != 0) {
                out.block(open, first, last, items, open == LIST);
                open = 0;
            }
            if (k == TEXT || k == ITEM || k == STAR_ITEM) {
                open = k == TEXT ? PARAGRAPH : LIST;
                bullet = k;
                first = line;
                last = line;
                blankSeen = false;
                items.size = 0;
                if (k != TEXT) {
                    items.add(line);
                    items.add(line);
                }
            } else if (k == DEF) {
                out.block(DEFINITION, line, line, items, false);
            } else {
                out.block(HEADING | (k - HEADING_0) << 8, line, line, items, false);
            }
        }
        if (open != 0) {
            out.block(open, first, last, items, open == LIST);
        }
        return Arrays.copyOf(out.ints, out.size);
    }

    /** A growing array of ints. */
    private static final class Out {
        int[] ints = new int[64];
        int size;

        void add(int v) {
            if (size == ints.length) {
                ints = Arrays.copyOf(ints, size * 2);
            }
            ints[size++] = v;
        }

        /** {@code kind | level << 8, first, last, n} and the n ints of {@code items} if wanted. */
        void block(int kind, int first, int last, Out items, boolean withItems) {
            add(kind);
            add(first);
            add(last);
            int n = withItems ? items.size : 0;
            add(n);
            for (int i = 0; i < n; i++) {
                add(items.ints[i]);
            }
        }
    }
}
