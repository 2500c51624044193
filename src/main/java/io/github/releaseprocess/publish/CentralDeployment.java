package io.github.releaseprocess.publish;

import io.github.releaseprocess.core.Required;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A deployment on the Central Portal: its id, its state as last seen, and the errors the Portal
 * gave for a failed one.
 *
 * @param id the deployment id (a UUID)
 * @param state {@code PENDING}, {@code VALIDATING}, {@code VALIDATED}, {@code PUBLISHING},
 *     {@code PUBLISHED} or {@code FAILED}; {@code UPLOADED} when only the upload was seen
 * @param portalUrl the Portal's base URL as the plugin printed it, if it did
 * @param errors what the Portal found wrong, one line each
 */
public record CentralDeployment(String id, String state, Optional<String> portalUrl,
        List<String> errors) {

    private static final Pattern ID = Pattern.compile("[0-9A-Za-z][0-9A-Za-z-]{0,63}");

    public CentralDeployment {
        Required.nonNull("id portalUrl", id, portalUrl);
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("'" + id + "' is not a deployment id");
        }
        state = state.trim().toUpperCase(Locale.ROOT);
        errors = List.copyOf(errors);
    }

    /** True once the Portal validated it (or went further). */
    public boolean isValidated() {
        return state.equals("VALIDATED") || isPublishingOrPublished();
    }

    public boolean isPublishingOrPublished() {
        return state.equals("PUBLISHING") || isPublished();
    }

    public boolean isPublished() {
        return state.equals("PUBLISHED");
    }

    public boolean isFailed() {
        return state.equals("FAILED");
    }

    /** The same deployment in another state. */
    public CentralDeployment withState(String newState, List<String> newErrors) {
        return new CentralDeployment(id, newState, portalUrl, newErrors);
    }
}
