package io.github.releaseprocess.release;

import io.github.releaseprocess.history.CommitChanges.Hunk;
import io.github.releaseprocess.semver.Version;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells the plugin's own version commits (the release, the next development version, the start of
 * a hotfix line) from other commits by what they change, not by their subject: a subject in the
 * form of one of the plugin's messages names a version, and the commit only counts as the
 * plugin's when every line it changed is version text of the kind the plugin writes — that
 * version in place of another in a POM or version file, {@code project.build.outputTimestamp},
 * the POM's {@code <scm><tag>} (the release tag, then {@code HEAD}), and the changelog's promotion (the release heading and the link definitions).
 */
final class VersionCommits {

    /** A version as it appears in text: 1.2.0, 1.3.0-SNAPSHOT, 1.3.0rc1, 1.3.1.dev0. */
    private static final Pattern VERSION = Pattern.compile(
            "\\d+(?:\\.\\d+)+(?:[-+.]?[0-9A-Za-z]+)*");
    private static final Pattern OUTPUT_TIMESTAMP = Pattern.compile(
            "(<project\\.build\\.outputTimestamp>)[^<]*(</project\\.build\\.outputTimestamp>)");
    /** maven-release-plugin's and the plugin's {@code <scm><tag>} edit: any plain value. */
    private static final Pattern SCM_TAG = Pattern.compile("(<tag>)[^<]*(</tag>)");
    /** A Markdown link reference definition, as a changelog's compare links are written. */
    private static final Pattern LINK_DEFINITION = Pattern.compile("\\s{0,3}\\[[^\\]]+\\]:\\s*\\S+\\s*");
    private static final Pattern HEADING = Pattern.compile("\\s{0,3}#{1,6}\\s.*");

    private final List<Pattern> subjects = new ArrayList<>();
    /** The messages with a list of components in place of the version. */
    private final List<Pattern> componentSubjects = new ArrayList<>();
    private final Optional<String> changelog;
    private final Set<String> componentChangelogs;
    /**
     * The lines a component release adds to the changelog of a pulled-along component, in each
     * dialect (and the Unreleased heading it adds to a file that had none).
     */
    private static final Pattern COMPONENT_ENTRY = Pattern.compile(
            "### (Changed|Dependencies|Miscellaneous Chores|Fix)"
                    + "|[-*] (Updated dependencies|Released with): .*|[-*] Released with .*"
                    + "|## \\[?Unreleased\\]?");

    /**
     * @param templates the plugin's commit messages, {@code @{version}} standing for the version
     * @param changelog the changelog, relative to the work tree and '/'-separated, if there is one
     */
    VersionCommits(List<String> templates, Optional<String> changelog) {
        this(templates, changelog, Set.of());
    }

    /**
     * @param componentChangelogs the changelogs of a monorepo's components, relative to the work
     *     tree: a component release's commit may promote them
     */
    VersionCommits(List<String> templates, Optional<String> changelog,
            Set<String> componentChangelogs) {
        for (String template : templates) {
            String[] parts = template.split(Pattern.quote("@{version}"), -1);
            StringBuilder regex = new StringBuilder();
            StringBuilder list = new StringBuilder();
            for (int i = 0; i < parts.length; i++) {
                regex.append(i > 0 ? "(\\S+)" : "").append(Pattern.quote(parts[i]));
                list.append(i > 0 ? "(.+)" : "").append(Pattern.quote(parts[i]));
            }
            subjects.add(Pattern.compile(regex.toString()));
            componentSubjects.add(Pattern.compile(list.toString()));
        }
        this.changelog = changelog;
        this.componentChangelogs = Set.copyOf(componentChangelogs);
    }

    /**
     * The spellings of the versions a subject names when it has the form of a component
     * release's message ({@code chore(release): gax 2.76.0, api-common 2.59.0}).
     */
    Optional<Set<String>> componentVersionsNamed(String subject) {
        for (Pattern pattern : componentSubjects) {
            Matcher m = pattern.matcher(subject);
            if (!m.matches() || m.groupCount() == 0) {
                continue;
            }
            Set<String> written = new LinkedHashSet<>();
            for (String part : m.group(1).split(", ")) {
                String[] idAndVersion = part.strip().split(" ");
                Optional<Version> version = idAndVersion.length == 2
                        ? Version.tryParse(idAndVersion[1]) : Optional.empty();
                if (version.isEmpty()) {
                    written = null;
                    break;
                }
                written.addAll(spellings(version.get()));
            }
            if (written != null && !written.isEmpty()) {
                return Optional.of(written);
            }
        }
        return Optional.empty();
    }

    /**
     * True when a component release's commit changed only version text (any version: modules
     * with numbers of their own move too), and in the components' changelogs only the release
     * headings of {@code written} versions, link definitions and the entries it writes for
     * pulled-along components.
     */
    boolean onlyComponentVersionText(List<Hunk> hunks, Set<String> written) {
        return onlyVersionText(hunks, written, true);
    }

    /** The version a subject names when it has the form of one of the plugin's messages. */
    Optional<Version> versionNamed(String subject) {
        for (Pattern pattern : subjects) {
            Matcher m = pattern.matcher(subject);
            if (m.matches() && m.groupCount() > 0) {
                Optional<Version> version = Version.tryParse(m.group(1));
                if (version.isPresent()) {
                    return version;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * True when every changed region only writes {@code version} where another version was, or
     * changes {@code project.build.outputTimestamp}, or (in the changelog) adds the release's
     * heading, blank lines and link definitions.
     */
    boolean onlyVersionText(List<Hunk> hunks, Version version) {
        return onlyVersionText(hunks, spellings(version), false);
    }

    private boolean onlyVersionText(List<Hunk> hunks, Set<String> written, boolean components) {
        if (hunks.isEmpty()) {
            return false;
        }
        for (Hunk hunk : hunks) {
            boolean isChangelog = changelog.filter(hunk.path()::equals).isPresent()
                    || components && componentChangelogs.contains(hunk.path());
            List<String> after = hunk.after();
            int next = 0;
            for (String before : hunk.before()) {
                // The line it became; the changelog may have gained release lines before it.
                while (next < after.size() && !sameBesideVersions(before, after.get(next),
                        components ? null : written)) {
                    if (!isChangelog || !releaseLine(after.get(next), written, components)) {
                        return false;
                    }
                    next++;
                }
                if (next == after.size()) {
                    return false; // a line was removed
                }
                next++;
            }
            for (; next < after.size(); next++) {
                if (!isChangelog || !releaseLine(after.get(next), written, components)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The spellings of a version the plugin writes: SemVer, its -SNAPSHOT, PEP 440. */
    private static Set<String> spellings(Version version) {
        Set<String> out = new LinkedHashSet<>();
        List<Version> forms = new ArrayList<>(List.of(version));
        if (!version.isPrerelease()) {
            forms.add(version.withPrerelease("SNAPSHOT"));
        }
        for (Version form : forms) {
            out.add(form.toString());
            try {
                out.add(form.toPep440());
            } catch (IllegalStateException e) {
                // no PEP 440 spelling: Python files cannot hold this version
            }
        }
        return out;
    }

    /**
     * The same line, but for versions that became one of {@code written} (any version when
     * {@code written} is null).
     */
    private static boolean sameBesideVersions(String before, String after, Set<String> written) {
        String a = SCM_TAG.matcher(OUTPUT_TIMESTAMP.matcher(before).replaceAll("$1$2"))
                .replaceAll("$1$2");
        String b = SCM_TAG.matcher(OUTPUT_TIMESTAMP.matcher(after).replaceAll("$1$2"))
                .replaceAll("$1$2");
        Matcher ma = VERSION.matcher(a);
        Matcher mb = VERSION.matcher(b);
        int ia = 0;
        int ib = 0;
        while (true) {
            boolean fa = ma.find();
            boolean fb = mb.find();
            if (fa != fb) {
                return false;
            }
            if (!fa) {
                return a.substring(ia).equals(b.substring(ib));
            }
            if (!a.substring(ia, ma.start()).equals(b.substring(ib, mb.start()))) {
                return false;
            }
            if (!ma.group().equals(mb.group()) && written != null
                    && !written.contains(mb.group())) {
                return false;
            }
            ia = ma.end();
            ib = mb.end();
        }
    }

    /** A line the changelog's promotion adds: blank, the release heading, a link definition. */
    private static boolean releaseLine(String line, Set<String> written, boolean components) {
        if (line.isBlank() || LINK_DEFINITION.matcher(line).matches()) {
            return true;
        }
        if (components && COMPONENT_ENTRY.matcher(line).matches()) {
            return true;
        }
        if (!HEADING.matcher(line).matches()) {
            return false;
        }
        Matcher m = VERSION.matcher(line);
        while (m.find()) {
            if (written.contains(m.group())) {
                return true;
            }
        }
        return false;
    }
}
