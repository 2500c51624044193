package io.github.releaseprocess.semver;

/**
 * A string is not a strict Semantic Version. Carries the input and the zero-based position of the
 * first offending character so messages can point at it.
 */
public final class VersionParseException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String input;
    private final int position;

    public VersionParseException(String input, int position, String problem) {
        super("'" + input + "' is not a Semantic Version: " + problem + " at position "
                + (position + 1));
        this.input = input;
        this.position = position;
    }

    /** A text longer than {@code max} characters; the message shows only its start. */
    static VersionParseException tooLong(String input, int max) {
        return new VersionParseException(input, max, "'" + abbreviate(input) + "' ("
                + input.length() + " characters) is not a Semantic Version: it is longer than "
                + max + " characters, more than any tag or file can hold", true);
    }

    private VersionParseException(String input, int position, String message, boolean whole) {
        super(message);
        this.input = input;
        this.position = position;
    }

    /** The start of a long text, for messages: at most 40 characters and an ellipsis. */
    public static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 39) + "…";
    }

    /** The text that failed to parse. */
    public String input() {
        return input;
    }

    /** Zero-based index of the first offending character (the length when input ended early). */
    public int position() {
        return position;
    }
}
