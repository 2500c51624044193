package io.github.releaseprocess.release;

import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.history.GitRepository;
import java.io.IOException;
import java.util.List;

/**
 * Decides, for a monorepo's release, every component's part: which are released and at which
 * version (changed ones, the dependents and group members they pull along, restricted by
 * {@code -Drelease-process.only}), and each one's last release. The Mojo builds it from the
 * {@code <components>} configuration and the component analysis; tests give it directly.
 */
@FunctionalInterface
public interface ComponentPlanner {

    /**
     * Every component, released or not, in a stable order.
     *
     * @throws io.github.releaseprocess.core.RefusalException when the configuration or the
     *     history does not allow a decision
     */
    List<ComponentRelease> plan(GitRepository repository, Reporter reporter) throws IOException;
}
