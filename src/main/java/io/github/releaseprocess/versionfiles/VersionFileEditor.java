package io.github.releaseprocess.versionfiles;

import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.semver.Pep440;
import io.github.releaseprocess.semver.Version;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the version in a non-POM file and splices the new one in. Files are read as ISO-8859-1 so
 * that a character offset is a byte offset: every pattern here is ASCII, and the bytes of other
 * characters (UTF-8 or not) pass through untouched.
 */
final class VersionFileEditor {

    /** The kinds of version file, chosen from the file name. */
    enum Kind {
        PYPROJECT("[project].version or [tool.poetry].version"),
        SETUP_PY("setup(version=\"...\") or __version__ = \"...\" line"),
        SETUP_CFG("[metadata] version"),
        UV_LOCK("version of the project's own [[package]] (source editable or virtual \".\")"),
        PACKAGE_JSON("top-level \"version\""),
        PYTHON("__version__ = \"...\" line"),
        PROPERTIES("key"),
        MARKER("release-process:version marker");

        final String describes;

        Kind(String describes) {
            this.describes = describes;
        }

        static Kind of(String fileName) {
            String name = fileName.toLowerCase(Locale.ROOT);
            if (name.equals("pyproject.toml")) {
                return PYPROJECT;
            }
            if (name.equals("package.json")) {
                return PACKAGE_JSON;
            }
            if (name.equals("setup.py")) {
                return SETUP_PY;
            }
            if (name.equals("setup.cfg")) {
                return SETUP_CFG;
            }
            if (name.equals("uv.lock")) {
                return UV_LOCK;
            }
            if (name.endsWith(".py")) {
                return PYTHON;
            }
            if (name.endsWith(".properties")) {
                return PROPERTIES;
            }
            return MARKER;
        }
    }

    /** A version text found in a file. */
    record Match(int start, int end, String text, String what) {
    }

    static final String MARKER = "release-process:version";
    private static final Pattern TOML_TABLE = Pattern.compile("^\\s*\\[\\s*([^\\[\\]]+?)\\s*\\]\\s*(#.*)?$");
    private static final Pattern TOML_VERSION =
            Pattern.compile("^\\s*version\\s*=\\s*([\"'])([^\"'\\\\\\r\\n]*)\\1");
    /** setup.py's keyword argument, one per line as setuptools' examples write it. */
    private static final Pattern SETUP_VERSION =
            Pattern.compile("^\\s*version\\s*=\\s*([\"'])([^\"'\\\\\\r\\n]*)\\1\\s*,?\\s*(#.*)?\\r?$");
    private static final Pattern UV_OWN_SOURCE =
            Pattern.compile("^source\\s*=\\s*\\{\\s*(editable|virtual)\\s*=\\s*\"\\.\"\\s*\\}");
    private static final Pattern CFG_SECTION = Pattern.compile("^\\[\\s*([^\\]]+?)\\s*\\]");
    private static final Pattern CFG_VERSION =
            Pattern.compile("^version\\s*[=:]\\s*(.*?)\\s*\\r?$");
    private static final Pattern PY_VERSION =
            Pattern.compile("^__version__\\s*(?::\\s*str\\s*)?=\\s*([\"'])([^\"'\\\\\\r\\n]*)\\1");
    private static final Pattern VERSION_TOKEN =
            Pattern.compile("(?<![0-9A-Za-z.+-])v?(\\d+(?:\\.\\d+)+(?:[-+.0-9A-Za-z]*[0-9A-Za-z])?)");

    private final Path root;
    private final Reporter reporter;

    VersionFileEditor(Path root, Reporter reporter) {
        this.root = root;
        this.reporter = reporter;
    }

    FileChange change(VersionFile spec, String oldVersion, String newVersion) throws IOException {
        // The real path: a symlinked version file is edited through its link and stays a link.
        Path file = ProjectPaths.existingFileInside(root, spec.path(), "<versionFile>");
        String name = display(root.resolve(spec.path()).normalize());
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        Kind kind = Kind.of(file.getFileName().toString());
        List<Match> matches = find(kind, spec, name, text, oldVersion);
        if (matches.isEmpty()) {
            PythonDynamicVersion.of(kind == Kind.PYPROJECT, name, text).ifPresent(refusal -> {
                throw refusal;
            });
            String what = kind == Kind.PROPERTIES ? "key " + spec.key() : kind.describes;
            throw new RefusalException(name + ": no " + what + " found; add it or remove the file"
                    + " from <versionFiles>.");
        }
        Set<String> currentSpellings = spellings(oldVersion);
        Splices splices = new Splices(file, name, bytes, StandardCharsets.ISO_8859_1);
        for (Match m : matches) {
            int line = line(text, m.start());
            if (!currentSpellings.contains(m.text()) && !Pep440.sameVersion(m.text(), oldVersion)) {
                throw new RefusalException(name + ":" + line + ": " + m.what() + " is " + m.text()
                        + ", not the current version " + oldVersion + "; bring it in line with the"
                        + " POM first.");
            }
            String newText = newSpelling(kind, m.text(), oldVersion, newVersion, name, line);
            splices.add(m.start(), m.end(), newText, new VersionEdit(file, line, m.text(), newText,
                    m.what()));
        }
        reporter.debug(name + ": " + matches.size() + " version(s) as " + kind.describes);
        return splices.toChange();
    }

    static List<Match> find(Kind kind, VersionFile spec, String name, String text, String oldVersion) {
        switch (kind) {
            case PYPROJECT:
                return pyproject(text);
            case PACKAGE_JSON:
                return packageJson(name, text);
            case PYTHON:
                return python(text);
            case SETUP_PY:
                List<Match> found = setupPy(text);
                return found.isEmpty() ? python(text) : found;
            case SETUP_CFG:
                return setupCfg(name, text);
            case UV_LOCK:
                return uvLock(text);
            case PROPERTIES:
                if (spec.key() == null || spec.key().isBlank()) {
                    throw new RefusalException("<versionFile> " + spec.path() + " is a .properties"
                            + " file: name the property with <key>.");
                }
                return properties(name, text, spec.key());
            default:
                return markers(name, text, oldVersion);
        }
    }

    private static List<Match> pyproject(String text) {
        List<Match> out = new ArrayList<>();
        String table = "";
        int at = 0;
        for (String line : text.split("\n", -1)) {
            Matcher t = TOML_TABLE.matcher(line);
            if (t.find()) {
                table = t.group(1).replaceAll("\\s+", "");
            } else if (table.equals("project") || table.equals("tool.poetry")) {
                Matcher v = TOML_VERSION.matcher(line);
                if (v.find()) {
                    out.add(new Match(at + v.start(2), at + v.end(2), v.group(2),
                            "[" + table + "].version"));
                }
            }
            at += line.length() + 1;
        }
        return out;
    }

    private static List<Match> python(String text) {
        return quotedOnEachLine(PY_VERSION, text, "__version__");
    }

    private static List<Match> setupPy(String text) {
        return quotedOnEachLine(SETUP_VERSION, text, "setup(version=)");
    }

    /** Group 2 of the pattern wherever it matches a line: the quoted version. */
    private static List<Match> quotedOnEachLine(Pattern pattern, String text, String what) {
        List<Match> out = new ArrayList<>();
        int at = 0;
        for (String line : text.split("\n", -1)) {
            Matcher v = pattern.matcher(line);
            if (v.find()) {
                out.add(new Match(at + v.start(2), at + v.end(2), v.group(2), what));
            }
            at += line.length() + 1;
        }
        return out;
    }

    /**
     * uv's lock file: the {@code version} of the {@code [[package]]} whose source is the project
     * itself ({@code source = { editable = "." }} or {@code { virtual = "." }}); the versions of
     * dependencies never move.
     */
    private static List<Match> uvLock(String text) {
        List<Match> out = new ArrayList<>();
        Match version = null;
        boolean own = false;
        int at = 0;
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("[")) {
                if (own && version != null) {
                    out.add(version);
                }
                version = null;
                own = false;
            } else {
                Matcher v = TOML_VERSION.matcher(line);
                if (v.find() && line.startsWith("version")) {
                    version = new Match(at + v.start(2), at + v.end(2), v.group(2),
                            "version of the project's [[package]]");
                } else if (UV_OWN_SOURCE.matcher(line).find()) {
                    own = true;
                }
            }
            at += line.length() + 1;
        }
        if (own && version != null) {
            out.add(version);
        }
        return out;
    }

    /** {@code version} of {@code [metadata]}; {@code attr:} and {@code file:} are refused. */
    private static List<Match> setupCfg(String name, String text) {
        List<Match> out = new ArrayList<>();
        String section = "";
        int at = 0;
        for (String line : text.split("\n", -1)) {
            Matcher s = CFG_SECTION.matcher(line);
            Matcher v = CFG_VERSION.matcher(line);
            if (s.find()) {
                section = s.group(1);
            } else if (section.equals("metadata") && v.find()) {
                String value = v.group(1);
                if (value.startsWith("attr:") || value.startsWith("file:")) {
                    throw PythonDynamicVersion.setupCfg(name, line(text, at), value);
                }
                out.add(new Match(at + v.start(1), at + v.end(1), value, "[metadata] version"));
            }
            at += line.length() + 1;
        }
        return out;
    }

    private static List<Match> properties(String name, String text, String key) {
        List<Match> out = new ArrayList<>();
        Pattern p = Pattern.compile("^[ \\t\\f]*" + Pattern.quote(key) + "[ \\t\\f]*[=: \\t\\f][ \\t\\f]*(.*?)[ \\t\\f\\r]*$");
        int at = 0;
        for (String line : text.split("\n", -1)) {
            Matcher m = p.matcher(line);
            if (m.find()) {
                if (m.group(1).indexOf('\\') >= 0) {
                    throw new RefusalException(name + ":" + line(text, at) + ": the value of " + key
                            + " uses a backslash escape or continuation; write it plainly.");
                }
                out.add(new Match(at + m.start(1), at + m.end(1), m.group(1), key));
            }
            at += line.length() + 1;
        }
        return out;
    }

    /** The top-level "version" of a JSON object; nested ones (dependencies) are never touched. */
    private static List<Match> packageJson(String name, String text) {
        List<Match> out = new ArrayList<>();
        int depth = 0;
        boolean expectKey = false;
        boolean afterColon = false;
        String key = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                int j = i + 1;
                while (j < text.length() && text.charAt(j) != '"') {
                    j += text.charAt(j) == '\\' ? 2 : 1;
                }
                if (j >= text.length()) {
                    throw new RefusalException(name + ":" + line(text, i) + ": a string is never"
                            + " closed; fix the JSON.");
                }
                String s = text.substring(i + 1, j);
                if (depth == 1 && expectKey) {
                    key = s;
                    expectKey = false;
                } else if (depth == 1 && afterColon && "version".equals(key)) {
                    if (s.indexOf('\\') >= 0) {
                        throw new RefusalException(name + ":" + line(text, i) + ": the \"version\""
                                + " uses an escape; write it plainly.");
                    }
                    out.add(new Match(i + 1, j, s, "\"version\""));
                }
                afterColon = false;
                i = j;
            } else if (c == '{' || c == '[') {
                depth++;
                expectKey = depth == 1 && c == '{';
                afterColon = false;
            } else if (c == '}' || c == ']') {
                depth--;
                afterColon = false;
            } else if (c == ':' && depth == 1) {
                afterColon = true;
            } else if (c == ',' && depth == 1) {
                expectKey = true;
                afterColon = false;
            }
        }
        return out;
    }

    /**
     * A line with {@code release-process:version}: its first version-like token. Lines between
     * {@code release-process:version:start} and {@code :end}: every token that is the current
     * version (other versions in the block, such as a Java or Maven version, stay).
     */
    private static List<Match> markers(String name, String text, String oldVersion) {
        List<Match> out = new ArrayList<>();
        Set<String> current = spellings(oldVersion);
        int at = 0;
        int blockStart = -1;
        int blockMatches = 0;
        for (String line : text.split("\n", -1)) {
            if (line.contains(MARKER + ":start")) {
                blockStart = at;
                blockMatches = 0;
            } else if (line.contains(MARKER + ":end")) {
                if (blockStart < 0) {
                    throw new RefusalException(name + ":" + line(text, at) + ": " + MARKER
                            + ":end without a :start before it.");
                }
                if (blockMatches == 0) {
                    throw new RefusalException(name + ":" + line(text, blockStart) + ": the "
                            + MARKER + " block holds no " + oldVersion + "; put the version in it or"
                            + " remove the markers.");
                }
                blockStart = -1;
            } else if (blockStart >= 0) {
                Matcher m = VERSION_TOKEN.matcher(line);
                while (m.find()) {
                    if (current.contains(m.group(1))) {
                        out.add(new Match(at + m.start(1), at + m.end(1), m.group(1),
                                "version in " + MARKER + " block"));
                        blockMatches++;
                    }
                }
            } else if (line.contains(MARKER)) {
                Matcher m = VERSION_TOKEN.matcher(line);
                if (!m.find()) {
                    throw new RefusalException(name + ":" + line(text, at) + ": the " + MARKER
                            + " line has no version on it.");
                }
                out.add(new Match(at + m.start(1), at + m.end(1), m.group(1),
                        "version on " + MARKER + " line"));
            }
            at += line.length() + 1;
        }
        if (blockStart >= 0) {
            throw new RefusalException(name + ":" + line(text, blockStart) + ": " + MARKER
                    + ":start has no :end after it.");
        }
        return out;
    }

    private static Set<String> spellings(String version) {
        Set<String> out = new LinkedHashSet<>();
        out.add(version);
        Version.tryParse(version).ifPresent(v -> {
            try {
                out.add(v.toPep440());
            } catch (IllegalStateException e) {
                // no PEP 440 spelling: only the Maven one counts
            }
        });
        return out;
    }

    private static String newSpelling(Kind kind, String found, String oldVersion, String newVersion,
            String name, int line) {
        boolean pep440 = kind == Kind.PYPROJECT || kind == Kind.PYTHON || kind == Kind.SETUP_PY
                || kind == Kind.SETUP_CFG || kind == Kind.UV_LOCK || !found.equals(oldVersion);
        if (!pep440) {
            return newVersion;
        }
        Version target = Version.tryParse(newVersion).orElseThrow(() -> new RefusalException(name
                + ":" + line + ": " + newVersion + " is not a Semantic Version, so it has no PEP 440"
                + " spelling; pass one like 1.4.0 or 1.4.0-rc.1."));
        try {
            return target.toPep440();
        } catch (IllegalStateException e) {
            throw new RefusalException(name + ":" + line + ": " + e.getMessage() + ".");
        }
    }

    private static int line(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private String display(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path r = root.toAbsolutePath().normalize();
        return abs.startsWith(r) ? r.relativize(abs).toString().replace('\\', '/') : abs.toString();
    }
}
