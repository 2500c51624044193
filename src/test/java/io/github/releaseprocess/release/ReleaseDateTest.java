package io.github.releaseprocess.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.releaseprocess.changelog.Changelog;
import io.github.releaseprocess.changelog.ChangelogValidator;
import io.github.releaseprocess.changelog.Rule;
import io.github.releaseprocess.changelog.ValidationOptions;
import io.github.releaseprocess.changelog.ValidationReport;
import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.build.BuildResult;
import io.github.releaseprocess.build.BuildRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.stream.Collectors;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTag;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One release instant per run, in {@code releaseDateZone}: the changelog's date, the release
 * commit's and the tag's time, and the dry run's plan all say the same day.
 */
class ReleaseDateTest {

    /** 03:00 UTC: still the 27th in New York, already the afternoon of the 28th in Kiritimati. */
    private static final Instant INSTANT = Instant.parse("2026-11-28T03:00:00Z");

    private static final BuildRunner PASSING = (invocation, output) -> BuildResult.succeeded();

    @TempDir
    Path dir;

    private PrepareRequest request(String zone) {
        PrepareRequest fixture = ReleaseFixture.request(dir);
        return PrepareRequest.builder(dir, fixture.currentVersion(), fixture.versioning())
                .changelog(fixture.changelog())
                .releaseTime(ZonedDateTime.ofInstant(INSTANT, ZoneId.of(zone))).build();
    }

    @ParameterizedTest
    @CsvSource({"America/New_York, 2026-11-27, -300", "Pacific/Kiritimati, 2026-11-28, 840",
            "UTC, 2026-11-28, 0"})
    void shouldDateTheChangelogCommitAndTagFromOneInstantInTheZone(String zone, String day,
            int offsetMinutes) throws Exception {
        ReleaseFixture.create(dir);
        PrepareResult plan = new Releaser(Reporter.SILENT, PASSING).prepare(request(zone), true);
        String planned = plan.changes().stream().map(PrepareResult.FileDiff::diff)
                .collect(Collectors.joining("\n"));
        assertTrue(planned.contains("+## [1.3.0] - " + day), planned);

        new Releaser(Reporter.SILENT, PASSING).prepare(request(zone), false);

        String changelog = Files.readString(dir.resolve("CHANGELOG.md"), StandardCharsets.UTF_8);
        assertTrue(changelog.contains("## [1.3.0] - " + day), changelog);
        try (Git git = Git.open(dir.toFile()); RevWalk walk = new RevWalk(git.getRepository())) {
            RevTag tag = walk.parseTag(git.getRepository().exactRef("refs/tags/v1.3.0")
                    .getObjectId());
            RevCommit release = walk.parseCommit(tag.getObject());
            for (PersonIdent who : new PersonIdent[] {tag.getTaggerIdent(),
                    release.getCommitterIdent(), release.getAuthorIdent()}) {
                assertEquals(INSTANT, who.getWhenAsInstant(), who.toString());
                assertEquals(offsetMinutes, who.getZoneOffset().getTotalSeconds() / 60,
                        who.toString());
                assertEquals(LocalDate.parse(day),
                        who.getWhenAsInstant().atZone(who.getZoneId()).toLocalDate());
            }
        }
    }

    @Test
    void shouldTakeTheReleaseDateFromTheReleaseTimeUnlessATestSetsIt() {
        PrepareRequest request = PrepareRequest.builder(dir, "1.0.0-SNAPSHOT",
                ReleaseFixture.request(dir).versioning())
                .releaseTime(ZonedDateTime.ofInstant(INSTANT, ZoneId.of("America/New_York")))
                .build();
        assertEquals(LocalDate.of(2026, 11, 27), request.today());
    }

    /** A release dated in Kiritimati is "tomorrow" for a build in New York: not an error. */
    @Test
    void shouldAcceptADateOneDayAheadButNotTwo() {
        LocalDate today = LocalDate.of(2026, 11, 27);
        String text = "# Changelog\n\n## [Unreleased]\n\n## [1.1.0] - %s\n\n### Added\n\n- A.\n\n"
                + "## [1.0.0] - 2026-01-01\n\n### Added\n\n- B.\n";
        ValidationReport tomorrow = ChangelogValidator.validate(Changelog.parse(
                String.format(text, "2026-11-28").getBytes(StandardCharsets.UTF_8)),
                ValidationOptions.defaults().withToday(today));
        assertTrue(tomorrow.findings().stream().noneMatch(v -> v.rule() == Rule.DATE_FUTURE),
                tomorrow.findings().toString());
        ValidationReport later = ChangelogValidator.validate(Changelog.parse(
                String.format(text, "2026-11-29").getBytes(StandardCharsets.UTF_8)),
                ValidationOptions.defaults().withToday(today));
        assertTrue(later.findings().stream().anyMatch(v -> v.rule() == Rule.DATE_FUTURE),
                later.findings().toString());
    }
}
