package io.github.releaseprocess.versionfiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.core.Reporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VersionFileEditorTest {

    @TempDir
    Path root;

    private String change(String path, String key, String content, String from, String to)
            throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, content.getBytes(StandardCharsets.UTF_8));
        FileChange change = new VersionFileEditor(root, Reporter.SILENT)
                .change(new VersionFile(path, key), from, to);
        return new String(change.after(), StandardCharsets.UTF_8);
    }

    private RefusalException refusal(String path, String key, String content, String from, String to) {
        return assertThrows(RefusalException.class, () -> change(path, key, content, from, to));
    }

    @Nested
    class Pyproject {

        @Test
        void shouldChangeProjectAndPoetryVersionsInPep440Spelling() throws IOException {
            String before = "[project]\r\nname = \"app\"\r\nversion = '1.4.0rc1' # pre\r\n"
                    + "dependencies = [\"version==1.4.0rc1\"]\r\n\r\n[tool.poetry]\r\nversion = \"1.4.0rc1\"\r\n"
                    + "[tool.other]\r\nversion = \"1.4.0rc1\"\r\n";
            String after = change("pyproject.toml", null, before, "1.4.0-rc.1", "1.4.0-rc.2");
            assertEquals(before.replace("[project]\r\nname = \"app\"\r\nversion = '1.4.0rc1'",
                    "[project]\r\nname = \"app\"\r\nversion = '1.4.0rc2'")
                    .replace("[tool.poetry]\r\nversion = \"1.4.0rc1\"", "[tool.poetry]\r\nversion = \"1.4.0rc2\""),
                    after);
        }

        @Test
        void shouldRefuseADynamicVersion() {
            RefusalException e = refusal("pyproject.toml", null,
                    "[project]\nname = \"app\"\ndynamic = [\"version\"]\n", "1.0.0", "1.1.0");
            assertEquals("pyproject.toml: [project] declares the version dynamic, so it is not in"
                    + " this file; list the file that holds it (its __version__ = \"...\" line) in"
                    + " <versionFiles> instead of pyproject.toml, or, when the version comes from the"
                    + " git tag, remove pyproject.toml: the release tag is the version.",
                    e.getMessage());
        }

        @Test
        void shouldRefuseAVersionThatIsNotTheCurrentOne() {
            RefusalException e = refusal("pyproject.toml", null,
                    "[project]\nversion = \"0.9.0\"\n", "1.0.0", "1.1.0");
            assertEquals("pyproject.toml:2: [project].version is 0.9.0, not the current version 1.0.0;"
                    + " bring it in line with the POM first.", e.getMessage());
        }
    }

    @Nested
    class PythonVersion {

        @Test
        void shouldWriteThePep440Spelling() throws IOException {
            String after = change("src/app/__init__.py", null,
                    "\"\"\"App.\"\"\"\n__version__: str = \"1.4.0\"\n\ndef f():\n    __version__ = \"1.4.0\"\n",
                    "1.4.0", "1.5.0-rc.1");
            assertEquals("\"\"\"App.\"\"\"\n__version__: str = \"1.5.0rc1\"\n\ndef f():\n"
                    + "    __version__ = \"1.4.0\"\n", after);
        }

        @Test
        void shouldAcceptTheSemVerSpellingOfTheCurrentVersion() throws IOException {
            assertEquals("__version__ = '2.0.0.dev0'\n", change("_version.py", null,
                    "__version__ = '1.4.0-rc.1'\n", "1.4.0-rc.1", "2.0.0-dev.0"));
        }

        @Test
        void shouldRefuseAVersionWithoutPep440Spelling() {
            RefusalException e = refusal("setup.py", null, "__version__ = \"1.0.0\"\n", "1.0.0",
                    "1.1.0-gamma.1");
            assertTrue(e.getMessage().startsWith("setup.py:1: pre-release label 'gamma'"), e.getMessage());
        }
    }

    /** The layouts of real Python projects: requests, httpie, click, hatch and setuptools-scm. */
    @Nested
    class PythonPackaging {

        @Test
        void shouldChangeTheVersionKeywordOfSetupPy() throws IOException {
            String before = "setup(\r\n    name=\"requests\",\r\n    version=\"2.31.0\",  # pinned\r\n"
                    + "    install_requires=[\"urllib3>=1.21.1\"],\r\n)\r\n";
            assertEquals(before.replace("2.31.0", "2.32.0"),
                    change("setup.py", null, before, "2.31.0", "2.32.0"));
        }

        @Test
        void shouldFallBackToTheVersionLineOfSetupPy() throws IOException {
            assertEquals("__version__ = '1.1.0rc1'\nsetup(version=__version__)\n", change("setup.py",
                    null, "__version__ = '1.0.0'\nsetup(version=__version__)\n", "1.0.0",
                    "1.1.0-rc.1"));
        }

        @Test
        void shouldChangeTheMetadataVersionOfSetupCfg() throws IOException {
            String before = "[bdist_wheel]\nversion = 9\n\n[metadata]\nname = app\nversion = 1.0.0\n";
            assertEquals(before.replace("version = 1.0.0", "version = 1.1.0.dev0"),
                    change("setup.cfg", null, before, "1.0.0", "1.1.0-SNAPSHOT"));
        }

        @Test
        void shouldNameTheModuleWhenSetupCfgReadsTheVersionFromIt() {
            RefusalException e = refusal("setup.cfg", null,
                    "[metadata]\nname = httpie\nversion = attr: httpie.__version__\n", "3.2.4", "3.2.5");
            assertEquals("setup.cfg:3: [metadata] version is attr: httpie.__version__, so it is not"
                    + " in this file; list httpie/__init__.py (attr: httpie.__version__) in"
                    + " <versionFiles> instead.", e.getMessage());
        }

        @Test
        void shouldNameTheHatchVersionPath() {
            RefusalException e = refusal("pyproject.toml", null, "[project]\nname = \"app\"\n"
                    + "dynamic = [\"readme\", \"version\"]\n\n[tool.hatch.version]\n"
                    + "path = \"src/app/__about__.py\"\n", "1.0.0", "1.1.0");
            assertEquals("pyproject.toml: [project] declares the version dynamic, so it is not in"
                    + " this file; list src/app/__about__.py ([tool.hatch.version] path) in"
                    + " <versionFiles> instead.", e.getMessage());
        }

        @Test
        void shouldSayThatTheTagIsTheVersionUnderSetuptoolsScm() {
            RefusalException e = refusal("pyproject.toml", null, "[build-system]\nrequires ="
                    + " [\"setuptools>=64\", \"setuptools-scm>=8\"]\n[project]\nname = \"app\"\n"
                    + "dynamic = [\"version\"]\n[tool.setuptools_scm]\n", "1.0.0", "1.1.0");
            assertTrue(e.getMessage().contains("it comes from the git tag (setuptools-scm,"
                    + " hatch-vcs or the like), so the release tag is the version and there is"
                    + " nothing to bump: remove pyproject.toml from <versionFiles>."), e.getMessage());
        }

        /** click between releases: {@code version = "8.5.0.dev"}, PEP 440 for 8.5.0.dev0. */
        @Test
        void shouldReadEveryPep440SpellingOfTheCurrentVersion() throws IOException {
            String before = "[project]\nname = \"click\"\nversion = \"8.5.0.dev\"\n";
            assertEquals(before.replace("8.5.0.dev", "8.5.0"),
                    change("pyproject.toml", null, before, "8.5.0-SNAPSHOT", "8.5.0"));
            assertEquals("__version__ = \"1.0.0rc2\"\n", change("app/_version.py", null,
                    "__version__ = \"1.0-RC.1\"\n", "1.0.0-rc.1", "1.0.0-rc.2"));
        }

        /** psf/requests numbers its development versions: 2.34.0.dev1 is a 2.34.0-SNAPSHOT. */
        @Test
        void shouldTakeANumberedDevVersionAsTheSnapshot() throws IOException {
            String before = "__title__ = \"requests\"\n__version__ = \"2.34.0.dev1\"\n";
            assertEquals(before.replace("2.34.0.dev1", "2.34.0"), change(
                    "src/requests/__version__.py", null, before, "2.34.0-SNAPSHOT", "2.34.0"));
        }

        /** pallets/click and commitizen lock with uv: the project's own package moves too. */
        @Test
        void shouldChangeTheProjectsOwnPackageInUvLock() throws IOException {
            String before = "version = 1\nrequires-python = \">=3.10\"\n\n[[package]]\n"
                    + "name = \"cffi\"\nversion = \"8.5.0\"\nsource = { registry = \"https://pypi.org/simple\" }\n\n"
                    + "[[package]]\nname = \"click\"\nversion = \"8.5.0.dev0\"\nsource = { editable = \".\" }\n"
                    + "dependencies = [\n    { name = \"colorama\", marker = \"sys_platform == 'win32'\" },\n]\n\n"
                    + "[package.metadata]\nrequires-dist = [{ name = \"colorama\" }]\n";
            assertEquals(before.replace("version = \"8.5.0.dev0\"", "version = \"8.5.0\""),
                    change("uv.lock", null, before, "8.5.0-SNAPSHOT", "8.5.0"));
        }

        @Test
        void shouldRefuseAPostReleaseAsItSortsTheOtherWay() {
            RefusalException e = refusal("app/__init__.py", null, "__version__ = \"1.2.0\"\n",
                    "1.2.0", "1.2.0-post.1");
            assertEquals("app/__init__.py:1: 1.2.0-post.1 is before 1.2.0 in Semantic Versioning,"
                    + " but its PEP 440 spelling 1.2.0.post1 would be after it; release 1.2.1"
                    + " instead.", e.getMessage());
        }
    }

    @Nested
    class PackageJson {

        @Test
        void shouldChangeOnlyTheTopLevelVersion() throws IOException {
            String before = "{\n  \"name\": \"web\",\n  \"dependencies\": {\"a\": {\"version\": \"1.0.0\"}},\n"
                    + "  \"description\": \"version \\\"1.0.0\\\"\",\n  \"version\" : \"1.0.0\"\n}\n";
            assertEquals(before.replace("\"version\" : \"1.0.0\"", "\"version\" : \"1.1.0\""),
                    change("package.json", null, before, "1.0.0", "1.1.0"));
        }

        @Test
        void shouldRefuseAPackageWithoutAVersion() {
            RefusalException e = refusal("web/package.json", null,
                    "{\"name\": \"web\", \"deps\": {\"version\": \"1.0.0\"}}", "1.0.0", "1.1.0");
            assertEquals("web/package.json: no top-level \"version\" found; add it or remove the file"
                    + " from <versionFiles>.", e.getMessage());
        }
    }

    @Nested
    class Properties {

        @Test
        void shouldChangeTheKeyWithAnySeparator() throws IOException {
            String before = "# app.version = 1.0.0 in a comment\napp.version:1.0.0\napp.version.major = 1\n"
                    + "other = 1.0.0\n";
            assertEquals(before.replace("app.version:1.0.0", "app.version:2.0.0"),
                    change("app.properties", "app.version", before, "1.0.0", "2.0.0"));
        }

        @Test
        void shouldNeedAKey() {
            RefusalException e = refusal("app.properties", null, "v=1\n", "1.0.0", "2.0.0");
            assertEquals("<versionFile> app.properties is a .properties file: name the property with"
                    + " <key>.", e.getMessage());
        }

        @Test
        void shouldRefuseAMissingKey() {
            RefusalException e = refusal("app.properties", "app.version", "name=x\n", "1.0.0", "2.0.0");
            assertEquals("app.properties: no key app.version found; add it or remove the file from"
                    + " <versionFiles>.", e.getMessage());
        }
    }

    @Nested
    class Markers {

        @Test
        void shouldChangeTheFirstVersionOnAMarkerLine() throws IOException {
            String before = "image: app:1.0.0-SNAPSHOT # release-process:version (java 17.0.2)\n"
                    + "other: 1.0.0-SNAPSHOT\n";
            assertEquals(before.replaceFirst("1.0.0-SNAPSHOT", "1.0.0"),
                    change("deploy.yaml", null, before, "1.0.0-SNAPSHOT", "1.0.0"));
        }

        @Test
        void shouldChangeTheCurrentVersionInABlockAndLeaveOtherVersions() throws IOException {
            String before = "Intro 1.0.0\n<!-- release-process:version:start -->\n"
                    + "implementation(\"com.acme:app:1.0.0\")\nRequires Gradle 8.5.1 and v1.0.0.\n"
                    + "<!-- release-process:version:end -->\nOutro 1.0.0\n";
            assertEquals("Intro 1.0.0\n<!-- release-process:version:start -->\n"
                    + "implementation(\"com.acme:app:1.1.0\")\nRequires Gradle 8.5.1 and v1.1.0.\n"
                    + "<!-- release-process:version:end -->\nOutro 1.0.0\n",
                    change("README.md", null, before, "1.0.0", "1.1.0"));
        }

        @Test
        void shouldRefuseAMarkerLineWithAnotherVersion() {
            RefusalException e = refusal("Dockerfile", null,
                    "FROM x\nLABEL version=0.9.0 # release-process:version\n", "1.0.0", "1.1.0");
            assertEquals("Dockerfile:2: version on release-process:version line is 0.9.0, not the"
                    + " current version 1.0.0; bring it in line with the POM first.", e.getMessage());
        }

        @Test
        void shouldRefuseAFileWithoutMarkers() {
            RefusalException e = refusal("VERSION.txt", null, "1.0.0\n", "1.0.0", "1.1.0");
            assertEquals("VERSION.txt: no release-process:version marker found; add it or remove the"
                    + " file from <versionFiles>.", e.getMessage());
        }

        @Test
        void shouldRefuseAnEmptyOrUnclosedBlock() {
            assertEquals("doc.md:1: the release-process:version block holds no 1.0.0; put the"
                    + " version in it or remove the markers.", refusal("doc.md", null,
                    "release-process:version:start\nnothing\nrelease-process:version:end\n", "1.0.0",
                    "1.1.0").getMessage());
            assertEquals("doc.md:2: release-process:version:start has no :end after it.",
                    refusal("doc.md", null, "x\nrelease-process:version:start\n1.0.0\n", "1.0.0",
                            "1.1.0").getMessage());
        }
    }

    @Test
    void shouldRefuseAMissingFile() {
        RefusalException e = assertThrows(RefusalException.class, () -> new VersionFileEditor(root,
                Reporter.SILENT).change(VersionFile.of("nope/pyproject.toml"), "1.0.0", "1.1.0"));
        assertTrue(e.getMessage().startsWith("<versionFile> nope/pyproject.toml does not exist"),
                e.getMessage());
    }

    @Nested
    class Paths {

        @TempDir
        Path outside;

        private RefusalException refused(String path) {
            return assertThrows(RefusalException.class, () -> new VersionFileEditor(root,
                    Reporter.SILENT).change(VersionFile.of(path), "1.0.0", "1.1.0"));
        }

        @Test
        void shouldRefuseAPathThatLeavesTheRoot() throws IOException {
            Path target = root.getParent().resolve("outside.txt");
            Files.writeString(target, "release-process:version 1.0.0\n");
            try {
                RefusalException e = refused("../outside.txt");
                assertTrue(e.getMessage().startsWith("<versionFile> ../outside.txt is outside the"
                        + " reactor root"), e.getMessage());
                assertEquals("release-process:version 1.0.0\n", Files.readString(target));
                assertTrue(refused("sub/../../outside.txt").getMessage()
                        .contains("is outside the reactor root"));
            } finally {
                Files.delete(target);
            }
        }

        @Test
        void shouldRefuseAnAbsolutePath() throws IOException {
            Path target = outside.resolve("VERSION.txt");
            Files.writeString(target, "release-process:version 1.0.0\n");
            RefusalException e = refused(target.toString());
            assertTrue(e.getMessage().startsWith("<versionFile> " + target + " is an absolute path"),
                    e.getMessage());
        }

        @Test
        void shouldRefuseASymlinkThatLeadsOutside() throws IOException {
            Path target = outside.resolve("VERSION.txt");
            Files.writeString(target, "release-process:version 1.0.0\n");
            Files.createSymbolicLink(root.resolve("VERSION.txt"), target);
            Files.createDirectories(root.resolve("linked"));
            Files.createSymbolicLink(root.resolve("linked/dir"), outside);
            RefusalException e = refused("VERSION.txt");
            assertTrue(e.getMessage().startsWith("<versionFile> VERSION.txt leads outside the reactor"
                    + " root through a symlink"), e.getMessage());
            assertTrue(refused("linked/dir/VERSION.txt").getMessage().contains(
                    "leads outside the reactor root through a symlink"));
        }

        @Test
        void shouldEditASymlinkedFileThroughItsLink() throws IOException {
            Files.createDirectories(root.resolve("shared"));
            Path target = root.resolve("shared/VERSION.txt");
            Files.writeString(target, "release-process:version 1.0.0\n");
            Path link = root.resolve("VERSION.txt");
            Files.createSymbolicLink(link, Path.of("shared/VERSION.txt"));
            FileChange change = new VersionFileEditor(root, Reporter.SILENT)
                    .change(VersionFile.of("VERSION.txt"), "1.0.0", "1.1.0");
            assertEquals(target.toRealPath(), change.file());
            VersionChangePlan plan = new VersionChangePlan(root, "1.0.0", "1.1.0",
                    java.util.List.of(change));
            plan.apply();
            assertTrue(Files.isSymbolicLink(link), "the link is still a link");
            assertEquals("release-process:version 1.1.0\n", Files.readString(target));
        }

        @Test
        void shouldReportADirectoryAsADirectory() throws IOException {
            Files.createDirectories(root.resolve("web"));
            RefusalException e = refused("web");
            assertEquals("<versionFile> web is a directory, not a file; name the file inside it"
                    + " that holds the version.", e.getMessage());
        }

        @Test
        void shouldReportADanglingSymlink() throws IOException {
            Files.createSymbolicLink(root.resolve("VERSION.txt"), root.resolve("gone.txt"));
            assertTrue(refused("VERSION.txt").getMessage().contains("is a symlink to nothing"));
        }
    }

    @Test
    void shouldKeepNonUtf8BytesAroundTheVersion() throws IOException {
        Path file = root.resolve("app.properties");
        byte[] before = "caf\u00e9=\u00e9\napp.version=1.0.0\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(file, before);
        FileChange change = new VersionFileEditor(root, Reporter.SILENT)
                .change(new VersionFile("app.properties", "app.version"), "1.0.0", "1.0.1");
        assertEquals("caf\u00e9=\u00e9\napp.version=1.0.1\n",
                new String(change.after(), StandardCharsets.ISO_8859_1));
    }
}
