package io.github.releaseprocess.api;

import io.github.releaseprocess.core.Required;
import java.util.Optional;

/**
 * What the API check of one release did, for the JSON and the release notes.
 *
 * @param mode {@code apiCheck}
 * @param status {@code planned} (a dry run: the check runs after the test build),
 *     {@code checked}, {@code first-release} (nothing to compare with), {@code no-baseline} or
 *     {@code no-candidate} (a jar was missing; the check did not run)
 * @param message one sentence on what happened
 * @param baseline what the check compares with (or would), e.g. {@code com.acme:lib:1.2.3 from
 *     the build's repositories}
 * @param verdict the comparison and both levels, when the check ran
 * @param raisedFrom the version the commits gave, when {@code raise} released a higher one
 */
public record ApiCheckOutcome(ApiCheckMode mode, String status, String message, String baseline,
        Optional<ApiVerdict> verdict, Optional<String> raisedFrom) {

    public ApiCheckOutcome {
        Required.nonNull("mode status message baseline verdict raisedFrom", mode, status, message,
                baseline, verdict, raisedFrom);
    }

    /**
     * The API summary for release notes ({@link ApiReport#summary()}), or the sentence on why
     * there is none; empty for a dry run's plan.
     */
    public Optional<String> notes() {
        if (verdict.isPresent()) {
            String raised = raisedFrom.map(v -> "\n\nReleased as " + verdict.get().release()
                    + " instead of " + v + ", the version the commits ask for: the API requires"
                    + " a " + ApiVerdict.name(verdict.get().required()) + " release"
                    + " (apiCheck=raise).").orElse("");
            return Optional.of(verdict.get().report().summary() + raised);
        }
        return "planned".equals(status) ? Optional.empty() : Optional.of(message);
    }
}
