package io.github.releaseprocess.adopt;

import io.github.releaseprocess.changelog.Changelog;
import io.github.releaseprocess.changelog.ChangelogValidator;
import io.github.releaseprocess.changelog.Dialect;
import io.github.releaseprocess.changelog.ValidationReport;

/**
 * The form of an existing changelog, read from its headings: the {@code changelogDialect} that
 * fits it, as the changelog package's own detection ({@link Dialect#detect}) decides it. A file
 * that has the form but breaks its rules (gson's {@code ## Version 2.10}, with no date and no
 * patch number, looks like seed) would stop every release at the changelog gate, so it gets
 * {@code none}: the plugin leaves it alone until it is brought into shape. Errors in releases
 * older than the newest (java-storage's hand-edited alerts and prose) count as the release gate
 * counts them: not at all.
 *
 * @param dialect the {@code changelogDialect} value, or {@code none} for a form the plugin does
 *     not know or a file it cannot keep
 * @param why the evidence, one sentence
 */
record ChangelogForm(String dialect, String why) {

    /** The form of {@code text}. */
    static ChangelogForm of(String text) {
        Dialect dialect = Dialect.detect(text);
        if (dialect == Dialect.NONE) {
            return new ChangelogForm(Dialect.NONE.id(), Dialect.explain(text));
        }
        ValidationReport validated = ChangelogValidator.validate(Changelog.parse(text, dialect));
        // Weighed as the release gate weighs it: errors in older releases do not stop a release.
        ValidationReport report = validated.asReleaseGate();
        if (report.errors() > 0) {
            return new ChangelogForm(Dialect.NONE.id(), "it reads as " + dialect.id() + ", but "
                    + report.errors() + " error(s) under that form's rules would stop the release"
                    + " (see 'mvn release-process:validate-changelog"
                    + " -Drelease-process.changelogDialect=" + dialect.id() + "'); with none the"
                    + " plugin leaves it alone until it is fixed");
        }
        long older = validated.errors() - report.errors();
        return new ChangelogForm(dialect.id(), Dialect.explain(text) + (older == 0 ? ""
                : "; " + older + " error(s) in releases older than the newest (sections edited"
                        + " by hand) do not stop a release, validate-changelog lists them"));
    }
}
