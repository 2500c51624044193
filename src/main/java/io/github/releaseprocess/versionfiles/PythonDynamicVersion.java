package io.github.releaseprocess.versionfiles;

import io.github.releaseprocess.core.RefusalException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The refusal for a Python version file whose version is not written in it (PEP 621
 * {@code dynamic = ["version"]}, setup.cfg's {@code attr:} or {@code file:}): it names where the
 * version really is, or says that the git tag is the version and there is nothing to bump.
 */
final class PythonDynamicVersion {

    private static final Pattern DYNAMIC =
            Pattern.compile("(?m)^\\s*dynamic\\s*=\\s*\\[[^\\]]*[\"']version[\"']");
    private static final Pattern FROM_TAGS = Pattern.compile("(?m)^\\s*\\[tool\\.(setuptools_scm|"
            + "setuptools-scm|versioningit|hatch\\.version\\.raw-options)\\]|^\\s*source\\s*=\\s*"
            + "[\"'](vcs|scm|git)[\"']|(setuptools[_-]scm|hatch-vcs|versioningit|dunamai)");
    private static final Pattern HATCH_PATH = Pattern.compile(
            "(?ms)^\\s*\\[tool\\.hatch\\.version\\][^\\[]*?^\\s*path\\s*=\\s*[\"']([^\"']+)[\"']");
    private static final Pattern ATTR = Pattern.compile(
            "(?m)^\\s*version\\s*=\\s*\\{\\s*attr\\s*=\\s*[\"']([\\w.]+)[\"']");
    private static final Pattern FLIT_MODULE = Pattern.compile(
            "(?ms)^\\s*\\[tool\\.flit\\.module\\][^\\[]*?^\\s*name\\s*=\\s*[\"']([\\w.]+)[\"']");

    private PythonDynamicVersion() {
    }

    /** The refusal for a pyproject.toml that declares its version dynamic; empty otherwise. */
    static Optional<RefusalException> of(boolean pyproject, String name, String text) {
        if (!pyproject || !DYNAMIC.matcher(text).find()) {
            return Optional.empty();
        }
        String lead = name + ": [project] declares the version dynamic, so it is not in this"
                + " file; ";
        if (FROM_TAGS.matcher(text).find()) {
            return Optional.of(new RefusalException(lead + "it comes from the git tag"
                    + " (setuptools-scm, hatch-vcs or the like), so the release tag is the"
                    + " version and there is nothing to bump: remove " + name
                    + " from <versionFiles>."));
        }
        Matcher hatch = HATCH_PATH.matcher(text);
        if (hatch.find()) {
            return Optional.of(instead(lead, hatch.group(1), "[tool.hatch.version] path"));
        }
        Matcher attr = ATTR.matcher(text);
        if (attr.find()) {
            return Optional.of(instead(lead, module(attr.group(1)), "[tool.setuptools.dynamic]"
                    + " attr " + attr.group(1)));
        }
        Matcher flit = FLIT_MODULE.matcher(text);
        if (flit.find()) {
            return Optional.of(instead(lead, flit.group(1).replace('.', '/') + "/__init__.py",
                    "flit reads __version__ of module " + flit.group(1)));
        }
        return Optional.of(new RefusalException(lead + "list the file that holds it (its"
                + " __version__ = \"...\" line) in <versionFiles> instead of " + name
                + ", or, when the version comes from the git tag, remove " + name + ": the"
                + " release tag is the version."));
    }

    /** The refusal for setup.cfg's {@code version = attr: pkg.__version__} or {@code file:}. */
    static RefusalException setupCfg(String name, int line, String value) {
        String lead = name + ":" + line + ": [metadata] version is " + value + ", so it is not in"
                + " this file; ";
        if (value.startsWith("attr:")) {
            return instead(lead, module(value.substring("attr:".length()).strip()), value);
        }
        return instead(lead, value.substring("file:".length()).strip(), value);
    }

    private static RefusalException instead(String lead, String file, String source) {
        return new RefusalException(lead + "list " + file + " (" + source + ") in <versionFiles>"
                + " instead.");
    }

    /** {@code httpie.__version__} → {@code httpie/__init__.py}; {@code a.b.V} → {@code a/b.py}. */
    private static String module(String attribute) {
        int dot = attribute.lastIndexOf('.');
        String module = dot < 0 ? attribute : attribute.substring(0, dot);
        return module.contains(".") ? module.replace('.', '/') + ".py (or "
                + module.replace('.', '/') + "/__init__.py)" : module + "/__init__.py";
    }
}
