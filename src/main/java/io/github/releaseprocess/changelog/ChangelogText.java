package io.github.releaseprocess.changelog;

import java.util.regex.Pattern;

/** Text from commits made safe to write into a changelog. */
final class ChangelogText {

    /**
     * ANSI escape sequences: CSI ({@code ESC [ … final}), OSC ({@code ESC ] … BEL or ESC \}) and
     * the two-character ones ({@code ESC c}).
     */
    private static final Pattern ANSI = Pattern.compile(
            "\u001B\\[[0-?]*[ -/]*[@-~]|\u001B\\][^\u0007\u001B]*(?:\u0007|\u001B\\\\)?"
                    + "|\u009B[0-?]*[ -/]*[@-~]|\u001B[@-Z\\\\-_]?");
    /** C0 and C1 control characters and DEL; a tab becomes a space. */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\x7F-\\x9F]");

    private ChangelogText() {
    }

    /**
     * The text without terminal escape sequences and control characters, which would otherwise
     * reach the file raw (a commit subject can hold anything); line breaks and tabs become spaces.
     */
    static String clean(String text) {
        String s = ANSI.matcher(text).replaceAll("");
        s = CONTROL.matcher(s).replaceAll("");
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
