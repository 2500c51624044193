package io.github.releaseprocess.semver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Pep440Test {

    @ParameterizedTest
    @CsvSource({
        "8.5.0.dev, 8.5.0.dev0",
        "1.0, 1.0.0",
        "v1.0.0-RC1, 1.0.0rc1",
        "1.0.0.c.2, 1.0.0rc2",
        "1.0.0-alpha, 1.0.0a0",
        "1.0.0_beta_03, 1.0.0b3",
        "2.1.0-2, 2.1.0.post2",
        "2.1.0.rev, 2.1.0.post0",
        "1!2.0.0, 1!2.0.0",
        "0!2.0.0, 2.0.0",
        "1.0.0+Ubuntu-1, 1.0.0+ubuntu.1",
        "2.0.0.1, 2.0.0.1",
    })
    void shouldNormalize(String text, String normalized) {
        assertEquals(Optional.of(normalized), Pep440.normalize(text));
    }

    @ParameterizedTest
    @CsvSource({"1.0.x", "one", "1.0.0-SNAPSHOT", "1.0.0-rc.1.2"})
    void shouldRejectWhatIsNoPep440Version(String text) {
        assertEquals(Optional.empty(), Pep440.normalize(text));
    }

    @ParameterizedTest
    @CsvSource({
        "1.2.0, 1.2.0",
        "1.2, 1.2.0",
        "1.2.0rc1, 1.2.0-rc.1",
        "1.2.0a1, 1.2.0-alpha.1",
        "1.2.0b2, 1.2.0-beta.2",
        "8.5.0.dev, 8.5.0-dev.0",
    })
    void shouldGiveTheSemanticVersion(String text, String semver) {
        assertEquals(Optional.of(Version.parse(semver)), Pep440.toSemVer(text));
    }

    @ParameterizedTest
    @CsvSource({"1.2.0.post1", "1!1.2.0", "1.2.0rc1.dev0", "1.2.0+local", "2.0.0.1",
        "1111111111111111111111111111111111111111111111111111111111111111111111111111111111111111"
            + "1111111111111111111111111111111111111111111111111111111111111111111111111111111111111"
            + "1111111111111111111111111111111111111111111111111111111111111111111111111111111111111"
            + "1111111111111111111111111.0.0"})
    void shouldHaveNoSemanticVersionForWhatSortsDifferently(String text) {
        assertEquals(Optional.empty(), Pep440.toSemVer(text));
    }

    @ParameterizedTest
    @CsvSource({
        "8.5.0.dev, 8.5.0-SNAPSHOT, true",
        "2.34.0.dev1, 2.34.0-SNAPSHOT, true",
        "2.34.0.dev1, 2.34.0-dev.0, false",
        "1.0-RC1, 1.0.0-rc.1, true",
        "1.0.0, 1.0.0-SNAPSHOT, false",
        "2.35.0.dev0, 2.34.0-SNAPSHOT, false",
        "1.2.0.post1, 1.2.0-post.1, false",
    })
    void shouldTellWhetherATextIsTheVersion(String text, String version, boolean same) {
        assertEquals(same, Pep440.sameVersion(text, version));
    }
}
