package io.github.releaseprocess.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.semver.Version;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The helpers every goal's report and settings go through: {@link GoalOutput}, {@link VersionSetting}. */
class GoalOutputTest {

    /** Collects the lines per level, as "INFO text". */
    private static final class Lines implements Reporter {
        final List<String> lines = new ArrayList<>();

        @Override
        public void info(String message) {
            lines.add("INFO " + message);
        }

        @Override
        public void warn(String message) {
            lines.add("WARN " + message);
        }

        @Override
        public void debug(String message) {
            lines.add("DEBUG " + message);
        }
    }

    @Nested
    class Output {

        @Test
        void shouldShowDetailLinesInADryRunOnlyAndKeepThemAtDebugOtherwise() {
            Lines reporter = new Lines();
            GoalOutput.detail(reporter, true).accept("shown");
            GoalOutput.detail(reporter, false).accept("kept");
            assertEquals(List.of("INFO shown", "DEBUG kept"), reporter.lines);
        }

        @Test
        void shouldWriteTheOutputFileRelativeToTheProjectFolderAndSayWhere(@TempDir Path dir)
                throws Exception {
            Lines reporter = new Lines();
            GoalOutput.write(dir, new File("target/plan.json"),
                    target -> {
                        Files.createDirectories(target.getParent());
                        Files.writeString(target, "{}");
                    }, reporter);
            Path written = dir.resolve("target/plan.json");
            assertEquals("{}", Files.readString(written));
            assertEquals(List.of("INFO Wrote " + written), reporter.lines);
        }
    }

    @Nested
    class Settings {

        @Test
        void shouldReadATrimmedVersion() {
            assertEquals(Version.parse("1.4.0"), VersionSetting.parse("newVersion", " 1.4.0 ",
                    "1.4.0"));
        }

        @Test
        void shouldRefuseAVersionThatDoesNotParseWithThePropertyTheReasonAndAnExample() {
            RefusalException e = assertThrows(RefusalException.class,
                    () -> VersionSetting.parse("from", "1.2.x", "1.2.0"));
            assertTrue(e.getMessage().startsWith("-Dfrom=1.2.x is not valid: '1.2.x' is not a"
                    + " Semantic Version: "), e.getMessage());
            assertTrue(e.getMessage().endsWith("; pass one like 1.2.0."), e.getMessage());
        }

        @Test
        void shouldNameTheSemanticVersionOfAPep440One() {
            RefusalException e = assertThrows(RefusalException.class,
                    () -> VersionSetting.parse("releaseVersion", "1.2.0rc1", "2.0.0"));
            assertEquals("-DreleaseVersion=1.2.0rc1 is a PEP 440 version; pass its Semantic"
                    + " Version -DreleaseVersion=1.2.0-rc.1 (Python version files get 1.2.0rc1).",
                    e.getMessage());
        }

        @Test
        void shouldShowOnlyTheStartOfAVeryLongValue() {
            String huge = "1".repeat(300);
            RefusalException e = assertThrows(RefusalException.class,
                    () -> VersionSetting.parse("releaseVersion", huge, "2.0.0"));
            assertTrue(e.getMessage().startsWith("-DreleaseVersion=" + "1".repeat(39) + "…"
                    + " is not valid: "), e.getMessage());
            assertTrue(e.getMessage().length() < 300, e.getMessage());
        }
    }
}
