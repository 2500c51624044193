package io.github.releaseprocess.changelog;

/**
 * One list item of a section.
 *
 * @param line first line (1-based)
 * @param lastLine last line of the item, nested lists included
 * @param text the item's source lines, joined with {@code \n}
 */
public record Entry(int line, int lastLine, String text) {
}
