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

    /** The text that failed to parse. */
    public String input() {
        return input;
    }

    /** Zero-based index of the first offending character (the length when input ended early). */
    public int position() {
        return position;
    }
}
