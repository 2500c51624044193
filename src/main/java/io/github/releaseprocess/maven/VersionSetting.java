package io.github.releaseprocess.maven;

import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.semver.Version;
import io.github.releaseprocess.semver.VersionParseException;

/**
 * A version given as a goal setting ({@code -DreleaseVersion}, {@code -DnewVersion},
 * {@code -Dfrom} …), read in one place: one that does not parse is refused with the property
 * that gave it, the core's reason and an example.
 */
final class VersionSetting {

    private VersionSetting() {
    }

    /**
     * @param property the property as the user writes it, e.g. {@code releaseVersion}
     * @param value the given text, not blank
     * @param example what a valid value looks like, e.g. {@code 1.4.0}
     */
    static Version parse(String property, String value, String example) {
        try {
            return Version.parse(value.trim());
        } catch (VersionParseException e) {
            // Python teams write 1.2.0rc1: name the Semantic Version it stands for.
            java.util.Optional<Version> pep440 = value.length() > Version.MAX_LENGTH
                    ? java.util.Optional.empty()
                    : io.github.releaseprocess.semver.Pep440.toSemVer(value.trim());
            if (pep440.isPresent()) {
                throw new RefusalException("-D" + property + "=" + value.trim() + " is a PEP 440"
                        + " version; pass its Semantic Version -D" + property + "=" + pep440.get()
                        + " (Python version files get " + pep440.get().toPep440() + ").", e);
            }
            throw new RefusalException("-D" + property + "=" + VersionParseException.abbreviate(value)
                    + " is not valid: " + e.getMessage() + "; pass one like " + example + ".", e);
        }
    }
}
