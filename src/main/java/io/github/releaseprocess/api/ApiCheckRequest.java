package io.github.releaseprocess.api;

import io.github.releaseprocess.core.Required;
import java.util.List;

/**
 * The API check of a release, as configured.
 *
 * @param mode {@code apiCheck}
 * @param excludes {@code apiExcludes}: japicmp exclude expressions
 * @param modules the reactor's jar modules, in reactor order
 * @param resolver finds the last release's jars in the build's repositories
 */
public record ApiCheckRequest(ApiCheckMode mode, List<String> excludes, List<ApiModule> modules,
        BaselineResolver resolver) {

    public ApiCheckRequest {
        Required.nonNull("mode resolver", mode, resolver);
        excludes = List.copyOf(excludes);
        modules = List.copyOf(modules);
        if (mode != ApiCheckMode.OFF) {
            new ApiComparator(excludes); // refuses a bad exclude before the release starts
        }
    }

    /** No API check: the default. */
    public static ApiCheckRequest off() {
        return new ApiCheckRequest(ApiCheckMode.OFF, List.of(), List.of(), BaselineResolver.NONE);
    }

    public boolean isOn() {
        return mode != ApiCheckMode.OFF;
    }
}
