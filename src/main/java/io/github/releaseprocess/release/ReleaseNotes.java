package io.github.releaseprocess.release;

import io.github.releaseprocess.core.Required;
import io.github.releaseprocess.semver.Version;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The notes of one release, for a forge's release page (GitHub, GitLab): the release's section of
 * the changelog, an "API changes" section when the API check ran, and the "Report a problem"
 * link. Written to {@code target/release-process/release-notes-X.Y.Z.md} and into the JSON of
 * {@code prepare}, so that CI posts them with one command.
 *
 * @param version the release
 * @param tag its tag
 * @param changes the changelog's section of the release (without its heading), if any
 * @param apiChanges a Markdown summary of the API changes, filled by the API check
 *     ({@code apiCheck}) when it ran; rendered under the heading {@code ### API changes}
 * @param reportProblem the "Report a problem with X.Y.Z" line, if the project has one
 */
public record ReleaseNotes(Version version, String tag, Optional<String> changes,
        Optional<String> apiChanges, Optional<String> reportProblem) {

    /** The heading of the API summary in the notes. */
    public static final String API_HEADING = "### API changes";

    public ReleaseNotes {
        Required.nonNull("version tag reportProblem", version, tag, reportProblem);
        changes = changes.map(String::strip).filter(c -> !c.isEmpty());
        apiChanges = apiChanges.map(String::strip).filter(c -> !c.isEmpty());
    }

    /** The notes' file name: {@code release-notes-1.4.0.md}. */
    public static String fileName(Version version) {
        return "release-notes-" + version + ".md";
    }

    /** The same notes with the API check's summary. */
    public ReleaseNotes withApiChanges(Optional<String> summary) {
        return new ReleaseNotes(version, tag, changes, summary, reportProblem);
    }

    /** The notes as Markdown, ending with a newline. */
    public String markdown() {
        StringBuilder s = new StringBuilder();
        s.append(changes.orElse("Release " + version + "."));
        apiChanges.ifPresent(a -> s.append("\n\n").append(API_HEADING).append("\n\n").append(a));
        reportProblem.ifPresent(r -> s.append("\n\n").append(r));
        return s.append('\n').toString();
    }

    /**
     * Writes the notes into {@code dir} (a build output, read once the goal has ended); returns
     * the file. Not flushed to disk: a crash leaves at worst a partial file, which the next run
     * writes again.
     */
    public Path write(Path dir) throws IOException {
        Path file = dir.resolve(fileName(version));
        Files.createDirectories(dir);
        Files.write(file, markdown().getBytes(StandardCharsets.UTF_8));
        return file;
    }
}
