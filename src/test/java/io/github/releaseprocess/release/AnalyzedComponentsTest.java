package io.github.releaseprocess.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.releaseprocess.build.BuildResult;
import io.github.releaseprocess.components.Component;
import io.github.releaseprocess.components.ComponentConfig;
import io.github.releaseprocess.components.DependentsPolicy;
import io.github.releaseprocess.components.Versioning;
import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.testing.GitScenario;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release of components as the component analysis decides them, on the monorepo of
 * {@link ComponentFixture} configured with {@code <components>}: a fix in the library releases
 * the library and the service that depends on it, not the tool; {@code -Drelease-process.only}
 * restricts that.
 */
class AnalyzedComponentsTest {

    @TempDir
    Path dir;

    private static final ComponentConfig CONFIG = new ComponentConfig(Versioning.SINGLE,
            List.of(Component.of("library", "library"), Component.of("service", "service"),
                    Component.of("tool", "tools/tool")),
            List.of(), DependentsPolicy.PATCH, false);

    /** The fixture with the fix in the library alone (the service's changelog untouched). */
    private void monorepo() throws Exception {
        ComponentFixture.create(dir);
        try (GitScenario git = GitScenario.open(dir)) {
            Files.writeString(dir.resolve("library/src.txt"), "feature\n");
            git.commitAll("feat(library): a feature\n\nReviewed-by: R <r@example.invalid>");
        }
    }

    private PrepareRequest request(String only) {
        PrepareRequest base = ComponentFixture.request(dir);
        return base.toBuilder().components(Optional.of(new AnalyzedComponents(CONFIG, dir,
                List.of(), base.versioning(), AnalyzedComponents.ids(only)))).build();
    }

    @Test
    void shouldReleaseTheChangedComponentAndItsDependentsNotTheOthers() throws Exception {
        monorepo();

        PrepareResult plan = new Releaser(Reporter.SILENT,
                (invocation, out) -> BuildResult.succeeded()).prepare(request(""), true);

        assertEquals(List.of("library 1.3.0", "service 2.0.1", "tool"),
                plan.components().stream().map(ComponentRelease::label).toList());
        assertEquals(Optional.empty(), Releaser.refusalOf(plan));
        Path json = dir.resolve("target/plan.json");
        PrepareReport.write(plan, json);
        com.google.gson.JsonArray components = com.google.gson.JsonParser.parseString(
                Files.readString(json)).getAsJsonObject().getAsJsonArray("components");
        assertEquals("{\"id\":\"library\",\"lastTag\":\"library-v1.2.0\","
                + "\"nextVersion\":\"1.3.0\",\"bump\":\"minor\",\"tag\":\"library-v1.3.0\","
                + "\"developmentVersion\":\"1.3.1-SNAPSHOT\"", components.get(0).toString()
                        .substring(0, components.get(0).toString().indexOf(",\"reasons\"")));
        assertEquals("none", components.get(2).getAsJsonObject().get("bump").getAsString());
    }

    /**
     * The service alone, while the library it depends on has unreleased changes at a
     * SNAPSHOT: the release commit references the library's last release.
     */
    @Test
    void shouldPinTheReferenceToAComponentNotReleasedToItsLastRelease() throws Exception {
        monorepo();

        PrepareResult result = new Releaser(Reporter.SILENT,
                (invocation, out) -> BuildResult.succeeded()).prepare(request("service"), false);

        assertEquals(List.of("library", "service 2.0.1", "tool"),
                result.components().stream().map(ComponentRelease::label).toList());
        try (Git git = Git.open(dir.toFile())) {
            String released = read(git.getRepository(), "service-v2.0.1", "service/pom.xml");
            assertEquals(ComponentFixture.SERVICE.replace("2.0.1-SNAPSHOT", "2.0.1")
                    .replace("1.2.1-SNAPSHOT", "1.2.0").replace("0.4.0-SNAPSHOT", "0.3.0"),
                    released);
            assertEquals(null, git.getRepository().resolve("library-v1.3.0"));
        }
        assertEquals(ComponentFixture.SERVICE.replace("2.0.1-SNAPSHOT", "2.0.2-SNAPSHOT"),
                Files.readString(dir.resolve("service/pom.xml")), "references put back");
    }

    private PrepareRequest request(String only, String releaseVersion) {
        PrepareRequest base = request(only);
        io.github.releaseprocess.versioning.NextVersionRequest v = base.versioning();
        io.github.releaseprocess.versioning.NextVersionRequest forced =
                new io.github.releaseprocess.versioning.NextVersionRequest(v.policy(),
                        v.tagFormat(), v.initialVersion(), v.prerelease(), Optional.of(
                                io.github.releaseprocess.semver.Version.parse(releaseVersion)),
                        v.strictCommits(), v.firstParentOnly());
        return base.toBuilder().versioning(forced).components(Optional.of(new AnalyzedComponents(
                CONFIG, dir, List.of(), forced, AnalyzedComponents.ids(only)))).build();
    }

    /**
     * {@code -DreleaseVersion} with components: the version of the one component
     * {@code -Drelease-process.only} names (what it pulls along follows as usual), and
     * refused, with how to say it, when it would have to be several components' version.
     */
    @Test
    void shouldReleaseTheOneComponentNamedAtTheReleaseVersionAndRefuseItOtherwise()
            throws Exception {
        monorepo();
        Releaser releaser = new Releaser(Reporter.SILENT,
                (invocation, out) -> BuildResult.succeeded());

        PrepareResult plan = releaser.prepare(request("library", "2.0.0"), true);
        PrepareResult tool = releaser.prepare(request("tool", "1.0.0"), true);
        RefusalException all = assertThrows(RefusalException.class,
                () -> releaser.prepare(request("", "2.0.0"), true));
        RefusalException two = assertThrows(RefusalException.class,
                () -> releaser.prepare(request("library,tool", "2.0.0"), true));

        assertEquals(Optional.empty(), Releaser.refusalOf(plan));
        assertEquals(List.of("library 2.0.0", "service 2.0.1", "tool"),
                plan.components().stream().map(ComponentRelease::label).toList());
        assertEquals(List.of("library", "service 2.0.1", "tool 1.0.0"),
                tool.components().stream().map(ComponentRelease::label).toList(),
                "a component without releasable commits is released at the version asked for;"
                        + " the service depends on it");
        assertEquals("-Drelease-process.releaseVersion=2.0.0 gives one version, and this project"
                + " has 3 components (library, service, tool) with numbers of their own; name"
                + " the one it is for with -Drelease-process.only=ID (what it pulls along"
                + " follows it as it follows a computed version), or leave it out; nothing was"
                + " changed", all.getMessage());
        assertTrue(two.getMessage().contains(", 2 of them named by -Drelease-process.only;"),
                two.getMessage());
    }

    @Test
    void shouldRefuseAnUnknownComponentWithTheNearestId() throws Exception {
        monorepo();

        RefusalException e = assertThrows(RefusalException.class, () -> new Releaser(
                Reporter.SILENT, (invocation, out) -> BuildResult.succeeded())
                .prepare(request("servce"), true));

        assertEquals("-Drelease-process.only names the component 'servce', which is not one of"
                + " library, service, tool (did you mean 'service'?); nothing was changed",
                e.getMessage());
    }

    private static String read(Repository repo, String revision, String path) throws Exception {
        try (RevWalk walk = new RevWalk(repo); TreeWalk tree = TreeWalk.forPath(repo, path,
                walk.parseCommit(repo.resolve(revision + "^{commit}")).getTree())) {
            return new String(repo.open(tree.getObjectId(0)).getBytes(), StandardCharsets.UTF_8);
        }
    }
}
