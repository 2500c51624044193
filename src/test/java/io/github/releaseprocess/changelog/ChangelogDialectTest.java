package io.github.releaseprocess.changelog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.releaseprocess.commits.Preset;
import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.semver.Version;
import io.github.releaseprocess.testing.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The dialects against real files written by release-please, conventional-changelog, commitizen. */
class ChangelogDialectTest {

    static final Path DIR = Path.of("src/test/resources/io/github/releaseprocess/changelog/dialects");
    static final LocalDate TODAY = LocalDate.of(2026, 9, 1);

    static String read(String name) throws IOException {
        return Files.readString(DIR.resolve(name));
    }

    static ValidationReport validate(String text) {
        return ChangelogValidator.validate(Changelog.parse(text, Dialect.AUTO),
                ValidationOptions.defaults().withToday(TODAY));
    }

    static ChangelogCommit commit(String id, String type, String scope, String description,
            boolean breaking) {
        return new ChangelogCommit(id, type, scope, description, breaking, List.of());
    }

    static final List<ChangelogCommit> COMMITS = List.of(
            commit("1111111", "feat", null, "add the policy simulator", false),
            commit("2222222", "fix", "java", "retry on UNAVAILABLE", false),
            commit("3333333", "deps", null, "update dependency io.grpc:grpc-bom to v1.53.0", false),
            commit("4444444", "docs", null, "explain conditions", false),
            commit("5555555", "chore", null, "update the owlbot image", false),
            commit("6666666", "feat", "api", "drop the v1 policy format", true));

    @Test
    void shouldDetectEachDialectFromRealFiles() throws IOException {
        assertEquals(Dialect.CONVENTIONAL_CHANGELOG,
                Dialect.detect(read("googleapis-java-iam-CHANGELOG.md")));
        assertEquals(Dialect.COMMITIZEN,
                Dialect.detect(read("commitizen-tools-commitizen-CHANGELOG.md")));
        assertEquals(Dialect.CONVENTIONAL_CHANGELOG, Dialect.detect(Files.readString(
                Corpus.file("changelogs/other/vuejs__core__CHANGELOG.md"))));
        assertEquals(Dialect.KEEPACHANGELOG, Dialect.detect(Files.readString(Corpus.file(
                "changelogs/keepachangelog/olivierlacan__keep-a-changelog__CHANGELOG.md"))));
        assertEquals(Dialect.KEEPACHANGELOG, Dialect.detect(""), "a new file");
        assertEquals(Dialect.SEED, Dialect.detect("# Changelog\n\n## Version 1.0.0 - 2024-01-01\n"));
        assertTrue(Dialect.explain(read("googleapis-java-iam-CHANGELOG.md"))
                .startsWith("conventional-changelog: "));
    }

    @Test
    void shouldSuggestNoneForAFileInNoKnownForm() throws IOException {
        // guzzle writes "## 7.8.1 - 2023-12-03" without brackets: hand-written, in no tool's form.
        String guzzle = Files.readString(Corpus.file(
                "changelogs/keepachangelog/guzzle__guzzle__CHANGELOG.md"));
        assertEquals(Dialect.NONE, Dialect.detect(guzzle));
        assertTrue(Dialect.explain(guzzle).contains("changelogDialect none"),
                Dialect.explain(guzzle));
        ValidationReport report = validate(guzzle);
        assertEquals(1, report.errors());
        assertTrue(report.findings().get(0).message().contains("changelogDialect none"));
        assertEquals(Dialect.NONE, Dialect.detect("# Gson\n\n## Gson 2.10.1\n\n* fix\n"));
    }

    @Test
    void shouldValidateRealConventionalAndCommitizenFiles() throws IOException {
        ValidationReport iam = validate(read("googleapis-java-iam-CHANGELOG.md"));
        assertEquals(List.of(), iam.formatted("f"), "release-please's own file is valid");
        ValidationReport cz = validate(read("commitizen-tools-commitizen-CHANGELOG.md"));
        // Only the two PEP 440 versions of 2019 (1.0.0b2, 1.0.0b1) are not SemVer.
        assertEquals(2, cz.findings().size(), cz.formatted("f").toString());
        assertTrue(cz.findings().stream().allMatch(f -> f.rule() == Rule.VERSION_INVALID));
        ValidationReport vue = validate(Files.readString(
                Corpus.file("changelogs/other/vuejs__core__CHANGELOG.md")));
        assertTrue(vue.findings().stream().noneMatch(f -> f.rule() == Rule.NOT_KEEP_A_CHANGELOG
                || f.rule() == Rule.TITLE_MISSING || f.rule() == Rule.LINK_REFERENCE_MISSING));
    }

    @Test
    void shouldApplyOnlyTheRulesOfTheForm() {
        String text = "# Changelog\n\n## [Unreleased]\n\n### Features\n\n* a\n\n"
                + "## [1.1.0](https://h/o/r/compare/v1.0.0...v1.1.0) (2024-02-01)\n\n"
                + "### Added\n\n* b\n\n"
                + "## [1.0.0](https://h/o/r/compare/v0.8.0...v1.0.0) (2024-01-01)\n\n"
                + "### Bug Fixes\n\n* c\n\n## 0.9.0 (2023-12-01)\n\n### Features\n\n* d\n";
        ValidationReport report = ChangelogValidator.validate(Changelog.parse(text,
                Dialect.CONVENTIONAL_CHANGELOG), ValidationOptions.defaults().withToday(TODAY));
        List<String> lines = report.formatted("f").stream().filter(l -> l.startsWith("f:"))
                .toList();
        assertEquals(3, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("f:3:4: error: Heading '[Unreleased]': a"
                + " conventional-changelog file has no Unreleased section"), lines.get(0));
        assertTrue(lines.get(1).contains("Section 'Added' is not one that conventional-changelog"
                + " writes"), lines.get(1));
        assertTrue(lines.get(2).contains("compares v0.8.0...v1.0.0 but the previous release is"
                + " 0.9.0; compare v0.9.0...v1.0.0. [compare-link-chain]"), lines.get(2));
    }

    @Test
    void shouldWriteTheReleaseSectionUnderReleasePleaseJavaHeadings() throws IOException {
        String original = read("googleapis-java-iam-CHANGELOG.md");
        PromotionOptions options = PromotionOptions.defaults().withCommits(COMMITS,
                Preset.RELEASE_PLEASE_JAVA).withRepositoryUrl("https://github.com/googleapis/java-iam");
        String out = new String(ChangelogPromoter.promote(original.getBytes(StandardCharsets.UTF_8),
                Version.parse("1.8.0"), TODAY, options), StandardCharsets.UTF_8);
        String expected = "# Changelog\n\n"
                + "## [1.8.0](https://github.com/googleapis/java-iam/compare/v1.7.0...v1.8.0)"
                + " (2026-09-01)\n\n\n"
                + "### ⚠ BREAKING CHANGES\n\n"
                + "* **api:** drop the v1 policy format ([6666666](https://github.com/googleapis/"
                + "java-iam/commit/6666666))\n\n\n"
                + "### Features\n\n"
                + "* add the policy simulator ([1111111](https://github.com/googleapis/java-iam/"
                + "commit/1111111))\n"
                + "* **api:** drop the v1 policy format ([6666666](https://github.com/googleapis/"
                + "java-iam/commit/6666666))\n\n\n"
                + "### Bug Fixes\n\n"
                + "* **java:** retry on UNAVAILABLE ([2222222](https://github.com/googleapis/"
                + "java-iam/commit/2222222))\n\n\n"
                + "### Dependencies\n\n"
                + "* update dependency io.grpc:grpc-bom to v1.53.0 ([3333333](https://github.com/"
                + "googleapis/java-iam/commit/3333333))\n\n\n"
                + "### Documentation\n\n"
                + "* explain conditions ([4444444](https://github.com/googleapis/java-iam/commit/"
                + "4444444))\n\n";
        assertEquals(expected + original.substring("# Changelog\n\n".length()), out);
        assertEquals(List.of(), validate(out).formatted("f"), "still valid");
        assertEquals(Dialect.CONVENTIONAL_CHANGELOG, Dialect.detect(out));
    }

    @Test
    void shouldLeaveOutTheTypesTheToolHides() {
        String base = "# Changelog\n\n## 1.0.0 (2024-01-01)\n\n\n### Features\n\n* first\n";
        ReleaseSection section = ChangelogPromoter.releaseSection(base.getBytes(
                StandardCharsets.UTF_8), Version.parse("1.0.1"), TODAY, PromotionOptions
                        .defaults().withCommits(COMMITS, Preset.RELEASE_PLEASE));
        assertFalse(String.join("\n", section.lines()).contains("Dependencies"),
                "release-please's default strategy hides deps");
        assertEquals(List.of("3333333", "4444444", "5555555"), section.unmapped().stream()
                .map(ChangelogCommit::shortId).toList());
        assertEquals("## 1.0.1 (2026-09-01)", section.lines().get(0),
                "no repository URL, and no compare link in the heading before");
    }

    @Test
    void shouldUseTheAngularHeadingLevelForSemanticRelease() {
        String base = "## [1.0.0](https://h/o/r/compare/v0.9.0...v1.0.0) (2024-01-01)\n\n"
                + "### Features\n\n* first\n";
        PromotionOptions options = PromotionOptions.defaults()
                .withCommits(COMMITS, Preset.SEMANTIC_RELEASE).withRepositoryUrl("https://h/o/r");
        String out = new String(ChangelogPromoter.promote(base.getBytes(StandardCharsets.UTF_8),
                Version.parse("1.1.0"), TODAY, options), StandardCharsets.UTF_8);
        assertTrue(out.startsWith("# [1.1.0](https://h/o/r/compare/v1.0.0...v1.1.0)"
                + " (2026-09-01)\n\n\n### BREAKING CHANGES\n"), out);
    }

    @Test
    void shouldRefuseAReleaseSectionWithoutEntries() {
        String base = "## [1.0.0](https://h/o/r/compare/v0.9.0...v1.0.0) (2024-01-01)\n\n"
                + "### Features\n\n* first\n";
        RefusalException e = assertThrows(RefusalException.class, () -> ChangelogPromoter
                .promote(base.getBytes(StandardCharsets.UTF_8), Version.parse("1.0.1"), TODAY,
                        PromotionOptions.defaults().withCommits(List.of(COMMITS.get(4)),
                                Preset.RELEASE_PLEASE)));
        assertTrue(e.getMessage().contains("would have no entries"), e.getMessage());
        assertTrue(e.getMessage().contains("no entries"), "the gate's changelogHasEntries reads it");
    }

    @Test
    void shouldWriteTheCommitizenForm() throws IOException {
        String original = read("commitizen-tools-commitizen-CHANGELOG.md");
        PromotionOptions options = PromotionOptions.defaults().withCommits(COMMITS,
                Preset.COMMITIZEN).withRepositoryUrl("https://github.com/commitizen-tools/commitizen");
        String out = new String(ChangelogPromoter.promote(original.getBytes(StandardCharsets.UTF_8),
                Version.parse("5.0.0"), TODAY, options), StandardCharsets.UTF_8);
        String expected = "## v5.0.0 (2026-09-01)\n\n"
                + "### BREAKING CHANGE\n\n- **api**: drop the v1 policy format\n\n"
                + "### Feat\n\n- add the policy simulator\n\n"
                + "### Fix\n\n- **java**: retry on UNAVAILABLE\n\n";
        assertEquals(expected + original, out);
        assertEquals(Dialect.COMMITIZEN, Dialect.detect(out));
        assertEquals(2, validate(out).findings().size(), "only the two old PEP 440 versions");
    }

    @Test
    void shouldRenameCommitizensUnreleasedSection() {
        String text = "## Unreleased\n\n### Feat\n\n- a\n\n## v1.0.0 (2024-01-01)\n\n### Fix\n\n- b\n";
        assertEquals(Dialect.COMMITIZEN, Dialect.detect(text));
        assertEquals(0, validate(text).findings().size(), validate(text).formatted("f").toString());
        String out = new String(ChangelogPromoter.promote(text.getBytes(StandardCharsets.UTF_8),
                Version.parse("1.1.0"), TODAY, PromotionOptions.defaults()),
                StandardCharsets.UTF_8);
        assertEquals(text.replace("## Unreleased", "## v1.1.0 (2026-09-01)"), out);
    }

    @Test
    void shouldWriteAFirstReleaseWithoutLink() {
        String out = new String(ChangelogPromoter.promote("# Changelog\n".getBytes(
                StandardCharsets.UTF_8), Version.parse("1.0.0"), TODAY, PromotionOptions
                        .defaults().withDialect(Dialect.CONVENTIONAL_CHANGELOG)
                        .withCommits(COMMITS.subList(0, 1), Preset.RELEASE_PLEASE_JAVA)
                        .withRepositoryUrl("https://h/o/r")), StandardCharsets.UTF_8);
        assertEquals("# Changelog\n\n## 1.0.0 (2026-09-01)\n\n\n### Features\n\n"
                + "* add the policy simulator ([1111111](https://h/o/r/commit/1111111))\n", out);
    }

    @Test
    void shouldNeverWriteTerminalEscapesOrControlCharacters() {
        ChangelogCommit hostile = commit("abcdef1", "feat", "c\u001B[1mli\u001B[0m",
                "\u001B[31mred\u001B[0m text\u001B]0;title\u0007 with\u0000 bell\u0007 and\ttab",
                false);
        String kac = new String(ChangelogGenerator.generate(new byte[0], List.of(hostile),
                Dialect.KEEPACHANGELOG, SectionMapping.defaults()).bytes(), StandardCharsets.UTF_8);
        assertTrue(kac.contains("- **cli:** Red text with bell and tab (abcdef1)\n"), kac);
        for (Dialect d : List.of(Dialect.CONVENTIONAL_CHANGELOG, Dialect.COMMITIZEN)) {
            ReleaseSection s = ReleaseSection.build("## 1.0.0 (2026-09-01)", List.of(hostile), d,
                    Preset.CONVENTIONALCOMMITS, Optional.empty());
            String text = String.join("\n", s.lines());
            assertTrue(text.chars().noneMatch(c -> c < 0x20 && c != '\n' || c == 0x7F), text);
            assertTrue(text.contains("red text with bell and tab"), text);
        }
    }

    @Test
    void shouldMakeTheWebUrlFromScmAndRemoteUrls() {
        for (String url : List.of("https://github.com/o/r", "https://github.com/o/r.git",
                "scm:git:https://github.com/o/r.git", "scm:git:git@github.com:o/r.git",
                "git@github.com:o/r.git", "ssh://git@github.com:22/o/r.git",
                "https://user:token@github.com/o/r.git", "https://github.com/o/r/tree/main",
                "git://github.com/o/r.git", "scm:git:git://github.com/o/r.git")) {
            assertEquals(Optional.of("https://github.com/o/r"), RepositoryUrl.webUrl(url), url);
        }
        assertEquals(Optional.empty(), RepositoryUrl.webUrl("/srv/git/r.git"));
        assertEquals(Optional.empty(), RepositoryUrl.webUrl("file:///srv/git/r.git"));
        assertEquals(Optional.empty(), RepositoryUrl.webUrl(null));
    }
}
