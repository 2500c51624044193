package io.github.releaseprocess.versionfiles;

import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.semver.Pep440;
import java.util.Optional;

/**
 * The version a version file declares, found as {@code set-version} finds it to move it:
 * {@code pyproject.toml}, {@code setup.py}, {@code setup.cfg}, {@code uv.lock},
 * {@code package.json} and {@code __version__} in {@code *.py}. {@code init} reads projects with
 * it, so that what it proposes is what the release then moves.
 */
public final class DeclaredVersion {

    private DeclaredVersion() {
    }

    /**
     * The first version the file declares, as written; empty for other kinds of file, for none,
     * for a {@code setup.cfg} version read from elsewhere ({@code attr:}, {@code file:}) and for
     * a {@code setup.py} {@code version=} that is not a PEP 440 version.
     *
     * @param fileName the file's name, which decides its kind
     * @param text the file's text
     */
    public static Optional<String> of(String fileName, String text) {
        VersionFileEditor.Kind kind = VersionFileEditor.Kind.of(fileName);
        switch (kind) {
            case PYPROJECT, SETUP_PY, SETUP_CFG, UV_LOCK, PACKAGE_JSON, PYTHON:
                break;
            default:
                return Optional.empty();
        }
        try {
            return VersionFileEditor.find(kind, null, fileName, text, null).stream()
                    .map(VersionFileEditor.Match::text)
                    .filter(v -> kind != VersionFileEditor.Kind.SETUP_PY
                            || Pep440.normalize(v).isPresent())
                    .findFirst();
        } catch (RefusalException e) {
            return Optional.empty();
        }
    }
}
