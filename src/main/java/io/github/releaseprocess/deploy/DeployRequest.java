package io.github.releaseprocess.deploy;

import io.github.releaseprocess.core.Required;
import java.util.Optional;

/**
 * A request to deploy a version to an environment.
 *
 * @param environment the environment id ({@code -Denvironment})
 * @param version the version to deploy ({@code -Dversion}); empty: the latest release
 * @param force deploy although {@code requires} does not hold ({@code -Drelease-process.force})
 * @param reason why, recorded in the ledger ({@code -Drelease-process.reason}); needed with force
 */
public record DeployRequest(String environment, Optional<String> version, boolean force,
        Optional<String> reason) {

    public DeployRequest {
        Required.nonNull("version reason", version, reason);
        version = version.map(String::trim).filter(v -> !v.isEmpty());
        reason = reason.map(String::trim).filter(r -> !r.isEmpty());
    }
}
