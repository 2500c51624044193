package io.github.releaseprocess.api;

import io.github.releaseprocess.core.Required;
import io.github.releaseprocess.semver.Version;
import java.util.Locale;

/**
 * The API's required level reconciled with the release the commits ask for.
 *
 * @param report what japicmp found
 * @param lastRelease the baseline's version
 * @param release the version the commits (or {@code -DreleaseVersion}) give
 * @param required the level the API requires, after the 0.x rules
 *     ({@code breakingBumpsMinorBeforeOne}, {@code featBumpsPatchBeforeOne})
 * @param released the level of {@code lastRelease → release}
 */
public record ApiVerdict(ApiReport report, Version lastRelease, Version release,
        Version.Level required, Version.Level released) {

    public ApiVerdict {
        Required.nonNull("report lastRelease release", report, lastRelease, release);
    }

    /**
     * Reconciles the report with the release.
     *
     * @param breakingBumpsMinorBeforeOne an incompatible change requires only a minor release
     *     while the last release is 0.x
     * @param featBumpsPatchBeforeOne new API requires only a patch release while it is 0.x
     */
    public static ApiVerdict of(ApiReport report, Version lastRelease, Version release,
            boolean breakingBumpsMinorBeforeOne, boolean featBumpsPatchBeforeOne) {
        Version.Level required = report.level();
        if (lastRelease.isInitialDevelopment()) {
            if (required == Version.Level.MAJOR && breakingBumpsMinorBeforeOne) {
                required = Version.Level.MINOR;
            } else if (required == Version.Level.MINOR && featBumpsPatchBeforeOne) {
                required = Version.Level.PATCH;
            }
        }
        return new ApiVerdict(report, lastRelease, release, required,
                lastRelease.levelOfChangeTo(release));
    }

    /** True when the release is a lower level than the API requires. */
    public boolean isShort() {
        return released.compareTo(required) < 0;
    }

    /** The release at the level the API requires: what {@code raise} releases instead. */
    public Version raised() {
        Version raised = lastRelease.toRelease().bump(required);
        return release.isPrerelease() && raised.compareTo(release.toRelease()) > 0
                ? raised.withPrerelease(prereleaseLabel(release) + ".1") : raised;
    }

    private static String prereleaseLabel(Version version) {
        return version.prerelease().isEmpty() ? "rc" : version.prerelease().get(0);
    }

    /**
     * One line with both levels: {@code the API requires a major release (1 incompatible change,
     * 0 additions against 1.2.3); the commits ask for a patch release (1.2.4)}.
     */
    public String levels() {
        return "the API requires a " + name(required) + " release ("
                + ApiReport.count(report.incompatible().size(), "incompatible change") + ", "
                + ApiReport.count(report.additions().size(), "addition") + " against "
                + lastRelease + "); the commits ask for a " + name(released) + " release ("
                + release + ")";
    }

    /**
     * The refusal of {@code enforce}: both levels, the first incompatible changes (or additions),
     * and the fixes.
     */
    public String refusal() {
        StringBuilder out = new StringBuilder("apiCheck=enforce refuses it: ").append(levels());
        java.util.List<ApiChange> causes = report.incompatible().isEmpty() ? report.additions()
                : report.incompatible();
        int shown = Math.min(causes.size(), 5);
        for (int i = 0; i < shown; i++) {
            out.append(System.lineSeparator()).append("  ").append(causes.get(i).describe());
        }
        if (causes.size() > shown) {
            out.append(System.lineSeparator()).append("  … and ").append(causes.size() - shown)
                    .append(" more");
        }
        out.append(System.lineSeparator()).append("Fix: ");
        if (required == Version.Level.MAJOR) {
            out.append("say so in a commit with a 'BREAKING CHANGE:' footer (or '!' after the"
                    + " type, e.g. 'fix!: remove …')");
        } else {
            out.append("say so in a 'feat:' commit");
        }
        out.append(", or release ").append(raised()).append(" with -DreleaseVersion=")
                .append(raised()).append(", or run with -Drelease-process.apiCheck=raise");
        return out.toString();
    }

    static String name(Version.Level level) {
        return level.name().toLowerCase(Locale.ROOT);
    }
}
