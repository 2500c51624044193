package io.github.releaseprocess.changelog;

import java.util.List;
import java.util.Optional;

/**
 * A {@code ### Added}-style heading inside a release and what follows it.
 *
 * @param title the heading text as written
 * @param type the change type when the title is exactly one of the six
 * @param line the heading's line
 * @param column where the title text starts
 * @param lastLine the last line that belongs to the section (its heading when it is empty)
 * @param entries the list items
 * @param strayBlocks lines of blocks that are not list items (paragraphs, code, quotes)
 */
public record Section(String title, Optional<SectionType> type, int line, int column, int lastLine,
        List<Entry> entries, List<Integer> strayBlocks) {

    public Section {
        entries = List.copyOf(entries);
        strayBlocks = List.copyOf(strayBlocks);
    }
}
