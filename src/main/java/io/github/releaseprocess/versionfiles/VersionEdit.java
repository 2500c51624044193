package io.github.releaseprocess.versionfiles;

import java.nio.file.Path;

/**
 * One version text that changes: where it is, what it was, what it becomes.
 *
 * @param file the file
 * @param line 1-based line of the text
 * @param before the text before, e.g. {@code 1.4.0-SNAPSHOT}
 * @param after the text after
 * @param what which value it is, e.g. {@code project/version}, {@code dependency com.acme:core},
 *     {@code property revision}, {@code [project].version}
 */
public record VersionEdit(Path file, int line, String before, String after, String what) {
}
