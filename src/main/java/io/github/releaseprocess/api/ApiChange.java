package io.github.releaseprocess.api;

import io.github.releaseprocess.core.Required;
import io.github.releaseprocess.semver.Version;
import java.util.Locale;

/**
 * One change of the public API, as japicmp found it.
 *
 * @param className the fully qualified class
 * @param member the method, constructor or field with its parameter types ({@code m(int)}), or
 *     empty when the class itself changed
 * @param change japicmp's name of the change, e.g. {@code METHOD_REMOVED}, or {@code CLASS_ADDED}
 *     and {@code METHOD_ADDED} for new API
 * @param binaryCompatible code compiled against the old jar still links with the new one
 * @param sourceCompatible code written against the old jar still compiles against the new one
 * @param level the SemVer level this change requires
 */
public record ApiChange(String className, String member, String change,
        boolean binaryCompatible, boolean sourceCompatible, Version.Level level) {

    public ApiChange {
        Required.nonNull("className member change level", className, member, change, level);
    }

    /** True for a change that breaks code built or written against the old API. */
    public boolean isIncompatible() {
        return !binaryCompatible || !sourceCompatible;
    }

    /** The changed element: {@code com.acme.Foo#bar(int)} or {@code com.acme.Foo}. */
    public String element() {
        return member.isEmpty() ? className : className + "#" + member;
    }

    /**
     * One line for people: {@code com.acme.Foo#bar(int): method removed (binary and source
     * incompatible)}.
     */
    public String describe() {
        String what = change.toLowerCase(Locale.ROOT).replace('_', ' ');
        String compatibility = !binaryCompatible && !sourceCompatible ? " (binary and source"
                + " incompatible)" : !binaryCompatible ? " (binary incompatible)"
                        : !sourceCompatible ? " (source incompatible)" : "";
        return element() + ": " + what + compatibility;
    }
}
