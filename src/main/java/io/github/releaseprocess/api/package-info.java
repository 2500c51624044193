/**
 * The API check of a release ({@code apiCheck}): japicmp compares the last release's jar with the
 * release build's jar, and the result becomes the level of change the API requires
 * ({@link io.github.releaseprocess.api.ApiReport}), reconciled with the level the commits ask for
 * by {@link io.github.releaseprocess.api.ApiVerdict}. Plain Java and japicmp: no Maven API, no
 * JGit; the Maven adapter finds the baseline jar and passes its path.
 */
package io.github.releaseprocess.api;
