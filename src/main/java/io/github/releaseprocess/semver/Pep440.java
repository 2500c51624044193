package io.github.releaseprocess.semver;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Versions as Python packaging writes them (PEP 440): the many spellings of one version
 * ({@code 8.5.0.dev} is {@code 8.5.0.dev0}, {@code 1.0.0-RC1} is {@code 1.0.0rc1}, {@code 1.0}
 * is {@code 1.0.0}) brought to one, and the Semantic Version a PEP 440 version stands for.
 * Hand-written: no Java library reads PEP 440 (decision 0023).
 */
public final class Pep440 {

    /** PEP 440's permissive form (its appendix), case-insensitive. */
    private static final Pattern FORM = Pattern.compile("v?(?:(\\d+)!)?(\\d+(?:\\.\\d+)*)"
            + "(?:[-_.]?(alpha|a|beta|b|preview|pre|c|rc)[-_.]?(\\d+)?)?"
            + "(?:-(\\d+)|[-_.]?(post|rev|r)[-_.]?(\\d+)?)?"
            + "(?:[-_.]?(dev)[-_.]?(\\d+)?)?"
            + "(?:\\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?", Pattern.CASE_INSENSITIVE);

    private Pep440() {
    }

    /**
     * The normalized spelling, with at least three release numbers: {@code 8.5.0.dev} →
     * {@code 8.5.0.dev0}, {@code 1.0-RC.1} → {@code 1.0.0rc1}, {@code v2.1.0-post2} →
     * {@code 2.1.0.post2}; empty when the text is no PEP 440 version.
     */
    public static Optional<String> normalize(String text) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder();
        if (m.group(1) != null && new BigInteger(m.group(1)).signum() != 0) {
            out.append(new BigInteger(m.group(1))).append('!');
        }
        List<String> release = new ArrayList<>();
        for (String n : m.group(2).split("\\.")) {
            release.add(new BigInteger(n).toString());
        }
        while (release.size() < 3) {
            release.add("0");
        }
        out.append(String.join(".", release));
        if (m.group(3) != null) {
            out.append(preLabel(m.group(3))).append(number(m.group(4)));
        }
        if (m.group(5) != null) {
            out.append(".post").append(number(m.group(5)));
        } else if (m.group(6) != null) {
            out.append(".post").append(number(m.group(7)));
        }
        if (m.group(8) != null) {
            out.append(".dev").append(number(m.group(9)));
        }
        if (m.group(10) != null) {
            out.append('+').append(m.group(10).toLowerCase(Locale.ROOT).replaceAll("[-_]", "."));
        }
        return Optional.of(out.toString());
    }

    /**
     * The Semantic Version a PEP 440 version stands for: {@code 1.2.0} → {@code 1.2.0},
     * {@code 1.2.0rc1} → {@code 1.2.0-rc.1}, {@code 1.2.0a1} → {@code 1.2.0-alpha.1},
     * {@code 1.2.0.dev0} → {@code 1.2.0-dev.0}. Empty for what has none: more or fewer than three
     * release numbers after normalizing (2.0.0.1), an epoch, a post-release (it sorts after its
     * release; a SemVer pre-release sorts before), a pre-release with a dev part, a local part.
     */
    public static Optional<Version> toSemVer(String text) {
        Optional<String> normalized = normalize(text);
        if (normalized.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = Pattern.compile("(\\d+\\.\\d+\\.\\d+)(?:(a|b|rc)(\\d+)|\\.dev(\\d+))?")
                .matcher(normalized.get());
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<Version> parsed = Version.tryParse(m.group(1));
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        Version release = parsed.get();
        if (m.group(2) != null) {
            String label = switch (m.group(2)) {
                case "a" -> "alpha";
                case "b" -> "beta";
                default -> "rc";
            };
            return Optional.of(release.withPrerelease(label + "." + m.group(3)));
        }
        if (m.group(4) != null) {
            return Optional.of(release.withPrerelease("dev." + m.group(4)));
        }
        return Optional.of(release);
    }

    /**
     * Whether a PEP 440 text is this version: in any spelling ({@code 1.0-RC1} is
     * {@code 1.0.0-rc.1}), and, for a {@code X.Y.Z-SNAPSHOT}, any {@code X.Y.Z.devN}: requests
     * counts {@code 2.34.0.dev1} where Maven says {@code 2.34.0-SNAPSHOT}.
     */
    public static boolean sameVersion(String text, String version) {
        Optional<String> theirs = normalize(text);
        Optional<Version> ours = Version.tryParse(version);
        if (theirs.isEmpty() || ours.isEmpty()) {
            return false;
        }
        Version v = ours.get();
        if (v.prerelease().equals(List.of("SNAPSHOT"))
                && theirs.get().matches(Pattern.quote(v.toRelease().toString()) + "\\.dev\\d+")) {
            return true;
        }
        try {
            return theirs.equals(normalize(v.toPep440()));
        } catch (IllegalStateException e) {
            return false;
        }
    }

    private static String preLabel(String label) {
        return switch (label.toLowerCase(Locale.ROOT)) {
            case "alpha", "a" -> "a";
            case "beta", "b" -> "b";
            default -> "rc";
        };
    }

    private static String number(String digits) {
        return digits == null ? "0" : new BigInteger(digits).toString();
    }
}
