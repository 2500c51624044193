package io.github.releaseprocess.commits;

import io.github.releaseprocess.core.Required;

/**
 * One footer (git calls it a trailer) of a commit message: {@code Token: value} or
 * {@code Token #value}.
 *
 * @param token the token as written, e.g. {@code BREAKING CHANGE}, {@code Reviewed-by},
 *     {@code Refs}
 * @param value the value without the {@code ": "} separator; for the {@code " #"} separator the
 *     {@code #} is kept ({@code Refs #12} has value {@code #12}) because that is how issue
 *     references read. A value may span several lines; it is trimmed at both ends.
 */
public record Footer(String token, String value) {

    public Footer {
        Required.nonNull("token value", token, value);
    }

    /** True when this footer's token equals {@code other}, ignoring case. */
    public boolean hasToken(String other) {
        return token.equalsIgnoreCase(other);
    }
}
