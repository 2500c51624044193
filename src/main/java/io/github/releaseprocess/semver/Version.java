package io.github.releaseprocess.semver;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Semantic Version 2.0.0: {@code MAJOR.MINOR.PATCH[-PRERELEASE][+BUILD]}.
 *
 * <p>Immutable. {@link #parse(String)} is strict (no {@code v} prefix, no leading zeros, no
 * missing parts) and reports the position of the first bad character. {@link #compareTo} is the
 * precedence of §11 of the specification: build metadata is ignored, so two versions that differ
 * only in build metadata compare as 0 while {@link #equals} still tells them apart.
 *
 * <p>Numeric parts are unbounded ({@code 99999999999999999999999.0.0} is valid SemVer).
 */
public final class Version implements Comparable<Version> {

    private final BigInteger major;
    private final BigInteger minor;
    private final BigInteger patch;
    private final List<String> prerelease;
    private final List<String> build;

    private Version(BigInteger major, BigInteger minor, BigInteger patch, List<String> prerelease,
            List<String> build) {
        this.major = major;
        this.minor = minor;
        this.patch = patch;
        this.prerelease = prerelease;
        this.build = build;
    }

    /** A release version without pre-release or build parts. */
    public static Version of(long major, long minor, long patch) {
        if (major < 0 || minor < 0 || patch < 0) {
            throw new IllegalArgumentException(
                    "version numbers must not be negative: " + major + "." + minor + "." + patch);
        }
        return new Version(BigInteger.valueOf(major), BigInteger.valueOf(minor),
                BigInteger.valueOf(patch), List.of(), List.of());
    }

    /**
     * The longest version text accepted, as node-semver's {@code MAX_LENGTH}: a version becomes
     * part of a tag name and of file names, which git and file systems limit to about 255 bytes.
     */
    public static final int MAX_LENGTH = 256;

    /**
     * Parses a strict SemVer 2.0.0 string of at most {@link #MAX_LENGTH} characters.
     *
     * @throws VersionParseException naming the first offending character and what was expected
     */
    public static Version parse(String text) {
        Objects.requireNonNull(text, "version text");
        if (text.length() > MAX_LENGTH) {
            throw VersionParseException.tooLong(text, MAX_LENGTH);
        }
        return new Parser(text).parse();
    }

    /** Parses, or returns empty when {@code text} is null or not strict SemVer. */
    public static Optional<Version> tryParse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse(text));
        } catch (VersionParseException e) {
            return Optional.empty();
        }
    }

    /** True when {@code text} is a strict SemVer 2.0.0 version. */
    public static boolean isValid(String text) {
        return tryParse(text).isPresent();
    }

    public BigInteger major() {
        return major;
    }

    public BigInteger minor() {
        return minor;
    }

    public BigInteger patch() {
        return patch;
    }

    /** The dot-separated pre-release identifiers; empty for a release. */
    public List<String> prerelease() {
        return prerelease;
    }

    /** The dot-separated build metadata identifiers; empty when there is none. */
    public List<String> build() {
        return build;
    }

    public boolean isPrerelease() {
        return !prerelease.isEmpty();
    }

    /** True while the major version is 0: anything may change (SemVer §4). */
    public boolean isInitialDevelopment() {
        return major.signum() == 0;
    }

    /** This version without pre-release and build parts ({@code 1.4.0-rc.2} → {@code 1.4.0}). */
    public Version toRelease() {
        return prerelease.isEmpty() && build.isEmpty()
                ? this
                : new Version(major, minor, patch, List.of(), List.of());
    }

    public Version nextMajor() {
        return new Version(major.add(BigInteger.ONE), BigInteger.ZERO, BigInteger.ZERO, List.of(),
                List.of());
    }

    public Version nextMinor() {
        return new Version(major, minor.add(BigInteger.ONE), BigInteger.ZERO, List.of(), List.of());
    }

    public Version nextPatch() {
        return new Version(major, minor, patch.add(BigInteger.ONE), List.of(), List.of());
    }

    /**
     * The release that a bump of the given level reaches from this version, as a release (no
     * pre-release). A pre-release already on its way to that level completes instead of skipping:
     * {@code 2.0.0-rc.1} bumped by MAJOR is {@code 2.0.0}, {@code 1.3.0-rc.1} by PATCH is
     * {@code 1.3.0}.
     */
    public Version bump(Level level) {
        Objects.requireNonNull(level, "level");
        if (isPrerelease()) {
            boolean patchZero = patch.signum() == 0;
            boolean minorZero = minor.signum() == 0;
            switch (level) {
                case MAJOR:
                    if (patchZero && minorZero) {
                        return toRelease();
                    }
                    return nextMajor();
                case MINOR:
                    if (patchZero) {
                        return toRelease();
                    }
                    return nextMinor();
                case PATCH:
                default:
                    return toRelease();
            }
        }
        switch (level) {
            case MAJOR:
                return nextMajor();
            case MINOR:
                return nextMinor();
            case PATCH:
            default:
                return nextPatch();
        }
    }

    /** The level of a base-version change: what changed from {@code this} to {@code other}. */
    public Level levelOfChangeTo(Version other) {
        if (!major.equals(other.major)) {
            return Level.MAJOR;
        }
        if (!minor.equals(other.minor)) {
            return Level.MINOR;
        }
        return Level.PATCH;
    }

    /**
     * This version with the given pre-release identifiers and no build metadata.
     *
     * @param identifiers dot-separated, e.g. {@code rc.1}; empty for a release
     */
    public Version withPrerelease(String identifiers) {
        if (identifiers == null || identifiers.isEmpty()) {
            return toRelease();
        }
        // No length limit here: a long version may still grow by a label (its tag is refused).
        return new Parser(major + "." + minor + "." + patch + "-" + identifiers).parse();
    }

    /** This version with the given build metadata ({@code null} or empty removes it). */
    public Version withBuild(String identifiers) {
        String base = major + "." + minor + "." + patch
                + (prerelease.isEmpty() ? "" : "-" + String.join(".", prerelease));
        return new Parser(identifiers == null || identifiers.isEmpty() ? base
                : base + "+" + identifiers).parse();
    }

    /**
     * The pre-release counter after {@code label}, e.g. 2 for {@code 1.4.0-rc.2} and label
     * {@code rc}; empty when the pre-release is not {@code label.N}.
     */
    public Optional<BigInteger> prereleaseCounter(String label) {
        if (prerelease.size() != 2 || !prerelease.get(0).equals(label)) {
            return Optional.empty();
        }
        String n = prerelease.get(1);
        return isNumeric(n) ? Optional.of(new BigInteger(n)) : Optional.empty();
    }

    /**
     * The next pre-release on the line {@code label}: {@code label.1} on a release or on another
     * label, {@code label.N+1} when this is {@code label.N}.
     */
    public Version nextPrerelease(String label) {
        BigInteger next = prereleaseCounter(label).map(n -> n.add(BigInteger.ONE))
                .orElse(BigInteger.ONE);
        return withPrerelease(label + "." + next);
    }

    /**
     * The PEP 440 spelling of this version, as Python packaging writes it: {@code 1.4.0-rc.1} →
     * {@code 1.4.0rc1}, {@code -alpha.2} → {@code a2}, {@code -beta.3} → {@code b3},
     * {@code -dev.4} → {@code .dev4}; build metadata becomes a
     * local version ({@code +build.7}). {@code -post.1} is refused: a PEP 440 post-release sorts
     * after its release, a SemVer pre-release before it.
     *
     * @throws IllegalStateException when the pre-release has no PEP 440 equivalent
     */
    public String toPep440() {
        StringBuilder out = new StringBuilder().append(major).append('.').append(minor).append('.')
                .append(patch);
        if (!prerelease.isEmpty()) {
            String label = prerelease.get(0).toLowerCase(java.util.Locale.ROOT);
            String number = prerelease.size() == 1 ? "0" : prerelease.get(1);
            if (prerelease.size() > 2 || !isNumeric(number)) {
                throw new IllegalStateException("pre-release '" + String.join(".", prerelease)
                        + "' of " + this + " has no PEP 440 spelling; use LABEL.N with LABEL one of"
                        + " alpha, a, beta, b, rc, c, dev");
            }
            switch (label) {
                case "alpha":
                case "a":
                    out.append('a').append(number);
                    break;
                case "beta":
                case "b":
                    out.append('b').append(number);
                    break;
                case "rc":
                case "c":
                case "pre":
                case "preview":
                    out.append("rc").append(number);
                    break;
                case "dev":
                case "snapshot":
                    out.append(".dev").append(number);
                    break;
                case "post":
                    // 1.4.0.post1 comes after 1.4.0 in Python, 1.4.0-post.1 before it in SemVer.
                    throw new IllegalStateException(this + " is before " + toRelease()
                            + " in Semantic Versioning, but its PEP 440 spelling " + toRelease()
                            + ".post" + number + " would be after it; release " + toRelease()
                            .nextPatch() + " instead");
                default:
                    throw new IllegalStateException("pre-release label '" + prerelease.get(0)
                            + "' of " + this + " has no PEP 440 spelling; use alpha, beta, rc"
                            + " or dev");
            }
        }
        if (!build.isEmpty()) {
            out.append('+').append(String.join(".", build));
        }
        return out.toString();
    }

    /** SemVer §11 precedence; build metadata does not count. */
    @Override
    public int compareTo(Version other) {
        int c = major.compareTo(other.major);
        if (c == 0) {
            c = minor.compareTo(other.minor);
        }
        if (c == 0) {
            c = patch.compareTo(other.patch);
        }
        if (c != 0) {
            return c;
        }
        if (prerelease.isEmpty() || other.prerelease.isEmpty()) {
            // A release has higher precedence than any of its pre-releases.
            return Boolean.compare(prerelease.isEmpty(), other.prerelease.isEmpty());
        }
        int n = Math.min(prerelease.size(), other.prerelease.size());
        for (int i = 0; i < n; i++) {
            c = compareIdentifiers(prerelease.get(i), other.prerelease.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(prerelease.size(), other.prerelease.size());
    }

    private static int compareIdentifiers(String a, String b) {
        boolean an = isNumeric(a);
        boolean bn = isNumeric(b);
        if (an && bn) {
            // No leading zeros, so a longer number is larger.
            int c = Integer.compare(a.length(), b.length());
            return c != 0 ? c : a.compareTo(b);
        }
        if (an != bn) {
            return an ? -1 : 1; // numeric identifiers have lower precedence
        }
        return a.compareTo(b); // ASCII order
    }

    private static boolean isNumeric(String identifier) {
        if (identifier.isEmpty()) {
            return false;
        }
        for (int i = 0; i < identifier.length(); i++) {
            char ch = identifier.charAt(i);
            if (ch < '0' || ch > '9') {
                return false;
            }
        }
        return true;
    }

    /** Same precedence and same build metadata. */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Version)) {
            return false;
        }
        Version v = (Version) o;
        return major.equals(v.major) && minor.equals(v.minor) && patch.equals(v.patch)
                && prerelease.equals(v.prerelease) && build.equals(v.build);
    }

    @Override
    public int hashCode() {
        return Objects.hash(major, minor, patch, prerelease, build);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder().append(major).append('.').append(minor).append('.')
                .append(patch);
        if (!prerelease.isEmpty()) {
            out.append('-').append(String.join(".", prerelease));
        }
        if (!build.isEmpty()) {
            out.append('+').append(String.join(".", build));
        }
        return out.toString();
    }

    /** A level of change: the part of the version a bump increments. */
    public enum Level {
        PATCH, MINOR, MAJOR;

        public Level max(Level other) {
            return other == null || compareTo(other) >= 0 ? this : other;
        }
    }

    /** A hand-written scanner: it reports the exact position, which a regex cannot. */
    private static final class Parser {
        private final String text;
        private int pos;

        Parser(String text) {
            this.text = text;
        }

        Version parse() {
            if (text.isEmpty()) {
                throw new VersionParseException(text, 0, "a version is empty; expected MAJOR.MINOR.PATCH");
            }
            BigInteger major = number("MAJOR");
            expect('.', "'.' after MAJOR");
            BigInteger minor = number("MINOR");
            expect('.', "'.' after MINOR");
            BigInteger patch = number("PATCH");
            List<String> pre = List.of();
            List<String> build = List.of();
            if (pos < text.length() && text.charAt(pos) == '-') {
                pos++;
                pre = identifiers(true);
            }
            if (pos < text.length() && text.charAt(pos) == '+') {
                pos++;
                build = identifiers(false);
            }
            if (pos < text.length()) {
                throw unexpected(pre.isEmpty() && build.isEmpty()
                        ? "'-' (pre-release), '+' (build) or the end"
                        : build.isEmpty() ? "'+' (build) or the end" : "the end");
            }
            return new Version(major, minor, patch, pre, build);
        }

        private BigInteger number(String part) {
            int start = pos;
            while (pos < text.length() && isDigit(text.charAt(pos))) {
                pos++;
            }
            if (start == pos) {
                throw unexpected("a digit (" + part + ")");
            }
            if (text.charAt(start) == '0' && pos - start > 1) {
                throw new VersionParseException(text, start,
                        part + " has a leading zero; SemVer numbers have none");
            }
            return new BigInteger(text.substring(start, pos));
        }

        private List<String> identifiers(boolean prerelease) {
            List<String> ids = new ArrayList<>();
            while (true) {
                int start = pos;
                while (pos < text.length() && isIdentifierChar(text.charAt(pos))) {
                    pos++;
                }
                if (start == pos) {
                    throw unexpected("a " + (prerelease ? "pre-release" : "build")
                            + " identifier of [0-9A-Za-z-]");
                }
                String id = text.substring(start, pos);
                if (prerelease && isNumeric(id) && id.length() > 1 && id.charAt(0) == '0') {
                    throw new VersionParseException(text, start, "numeric pre-release identifier '"
                            + id + "' has a leading zero");
                }
                ids.add(id);
                if (pos < text.length() && text.charAt(pos) == '.') {
                    pos++;
                } else {
                    return Collections.unmodifiableList(ids);
                }
            }
        }

        private void expect(char ch, String what) {
            if (pos >= text.length() || text.charAt(pos) != ch) {
                throw unexpected(what);
            }
            pos++;
        }

        private VersionParseException unexpected(String expected) {
            if (pos >= text.length()) {
                return new VersionParseException(text, pos, "unexpected end, expecting " + expected);
            }
            return new VersionParseException(text, pos,
                    "unexpected character '" + text.charAt(pos) + "', expecting " + expected);
        }

        private static boolean isDigit(char ch) {
            return ch >= '0' && ch <= '9';
        }

        private static boolean isIdentifierChar(char ch) {
            return isDigit(ch) || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch == '-';
        }
    }
}
