package io.github.releaseprocess.release;

import io.github.releaseprocess.commits.Preset;
import io.github.releaseprocess.commits.VersioningPolicy;
import io.github.releaseprocess.history.TagFormat;
import io.github.releaseprocess.semver.Version;
import io.github.releaseprocess.testing.GitScenario;
import io.github.releaseprocess.versioning.NextVersionRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevTag;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * A small released project for the release tests: a POM at 1.2.1-SNAPSHOT, a changelog with
 * entries under [Unreleased], a tag v1.2.0 and a feature and a fix after it.
 *
 * <pre>
 * * feat(api): paginate     (HEAD, main)
 * * fix: null check
 * * chore: project          (v1.2.0)
 * </pre>
 */
final class ReleaseFixture {

    static final String POM = """
            <?xml version="1.0" encoding="UTF-8"?>
            <project xmlns="http://maven.apache.org/POM/4.0.0">
              <!-- keep me -->
              <modelVersion>4.0.0</modelVersion>
              <groupId>com.example</groupId>
              <artifactId>demo</artifactId>
              <version>1.2.1-SNAPSHOT</version>
            </project>
            """;

    static final String CHANGELOG = """
            # Changelog

            ## [Unreleased]

            ### Added

            - Pagination of the orders endpoint.

            ### Fixed

            - A null check.

            ## [1.2.0] - 2026-01-10

            ### Added

            - The orders endpoint.
            """;

    private ReleaseFixture() {
    }

    /** Creates the project and its history in {@code dir}. */
    static void create(Path dir) throws IOException {
        try (GitScenario git = GitScenario.init(dir)) {
            Files.writeString(dir.resolve(".gitignore"), "target/\n");
            Files.writeString(dir.resolve("pom.xml"), POM.replace("1.2.1-SNAPSHOT", "1.2.0"));
            Files.writeString(dir.resolve("CHANGELOG.md"), CHANGELOG.substring(0,
                    CHANGELOG.indexOf("### Added")) + CHANGELOG.substring(CHANGELOG.indexOf("## [1.2.0]")));
            git.commitAll("chore: project").annotatedTag("v1.2.0");
            Files.writeString(dir.resolve("pom.xml"), POM);
            git.commitAll("chore: start 1.2.1-SNAPSHOT\n\nReviewed-by: A Reviewer <r@example.invalid>");
            Files.writeString(dir.resolve("CHANGELOG.md"), CHANGELOG);
            git.commitAll("fix: null check\n\nReviewed-by: A Reviewer <r@example.invalid>");
            Files.createDirectories(dir.resolve("src"));
            Files.writeString(dir.resolve("src/Api.java"), "class Api {}\n");
            git.commitAll("feat(api): paginate\n\nReviewed-by: A Reviewer <r@example.invalid>");
        }
    }

    /** The request a POM with default settings gives. */
    static PrepareRequest request(Path dir) {
        return request(dir, "1.2.1-SNAPSHOT");
    }

    /** The request Maven would build with the POM at {@code currentVersion}. */
    static PrepareRequest request(Path dir, String currentVersion) {
        NextVersionRequest versioning = new NextVersionRequest(
                VersioningPolicy.builder(Preset.CONVENTIONALCOMMITS).build(),
                TagFormat.of(TagFormat.DEFAULT, "demo"), Version.of(1, 2, 1), Optional.empty(),
                Optional.empty(), false, false);
        return PrepareRequest.builder(dir, currentVersion, versioning)
                .changelog(Optional.of(dir.resolve("CHANGELOG.md")))
                .today(LocalDate.of(2026, 11, 26)).build();
    }

    /**
     * Everything a release can change, as text that two repositories can be compared by:
     * every ref with the tree and message of what it points at (commit times differ between
     * runs, so ids are not compared), the index and every file of the work tree outside .git.
     */
    static String snapshot(Path dir, boolean withIds) throws IOException {
        StringBuilder out = new StringBuilder();
        try (Git git = Git.open(dir.toFile()); RevWalk walk = new RevWalk(git.getRepository())) {
            for (Ref ref : git.getRepository().getRefDatabase().getRefs()) {
                RevObject target = walk.parseAny(ref.getObjectId());
                out.append(ref.getName()).append(" -> ").append(describe(walk, target, withIds))
                        .append('\n');
            }
            Ref head = git.getRepository().exactRef(Constants.HEAD);
            out.append("HEAD -> ").append(head.isSymbolic() ? head.getTarget().getName() : "detached")
                    .append('\n');
            org.eclipse.jgit.dircache.DirCache index = git.getRepository().readDirCache();
            for (int i = 0; i < index.getEntryCount(); i++) {
                out.append("index ").append(index.getEntry(i).getPathString()).append(' ')
                        .append(index.getEntry(i).getObjectId().name()).append('\n');
            }
        }
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                String rel = dir.relativize(p).toString();
                if (Files.isRegularFile(p) && !rel.startsWith(".git") && !rel.startsWith("target")) {
                    files.put(rel, new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
                }
            }
        }
        files.forEach((k, v) -> out.append("file ").append(k).append(":\n").append(v).append('\n'));
        return out.toString();
    }

    private static String describe(RevWalk walk, RevObject target, boolean withIds)
            throws IOException {
        if (target instanceof RevTag tag) {
            return "tag[" + tag.getTagName() + ": " + tag.getFullMessage().trim() + "] "
                    + describe(walk, walk.parseAny(tag.getObject()), withIds);
        }
        RevCommit commit = walk.parseCommit(target);
        StringBuilder chain = new StringBuilder();
        for (RevCommit c = commit; c != null; c = c.getParentCount() == 0 ? null
                : walk.parseCommit(c.getParent(0))) {
            chain.append(withIds ? c.name() + " " : "").append(c.getTree().name()).append(' ')
                    .append(c.getShortMessage()).append(" | ");
        }
        return chain.toString();
    }

    static String head(Path dir) throws IOException {
        try (Git git = Git.open(dir.toFile())) {
            ObjectId id = git.getRepository().resolve(Constants.HEAD);
            return id.name();
        }
    }
}
