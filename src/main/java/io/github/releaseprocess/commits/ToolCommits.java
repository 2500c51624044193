package io.github.releaseprocess.commits;

import io.github.releaseprocess.commits.ConventionalCommit.Kind;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Commits that a tool wrote rather than a person: merges, git reverts, version-only commits, and
 * the commits of release tools that do not write Conventional Commits, such as
 * {@code [maven-release-plugin] prepare release app-1.2.0}. They are never offenders under
 * {@code strictCommits} and never count under {@code nonConventional=patch}: a history cannot be
 * changed after the fact, and a release tool's own commits are not changes.
 */
public final class ToolCommits {

    /** Subjects of release tools that write their own, non-conventional commits. */
    private static final List<Pattern> RELEASE_TOOL_SUBJECTS = List.of(
            Pattern.compile("\\[maven-release-plugin\\].*"),
            Pattern.compile("\\[Gradle Release Plugin\\].*"));

    private ToolCommits() {
    }

    /** True when the message was written by git, a forge or a release tool. */
    public static boolean isToolCommit(ConventionalCommit commit) {
        Kind kind = commit.kind();
        return kind == Kind.MERGE || kind == Kind.REVERT || kind == Kind.VERSION_ONLY
                || isReleaseToolSubject(commit.subject());
    }

    /** True for the subject of a release tool's own commit. */
    public static boolean isReleaseToolSubject(String subject) {
        for (Pattern pattern : RELEASE_TOOL_SUBJECTS) {
            if (pattern.matcher(subject).matches()) {
                return true;
            }
        }
        return false;
    }
}
