package io.github.releaseprocess.changelog;

/**
 * One problem in a changelog.
 *
 * @param rule the rule that found it
 * @param severity its severity after the configured overrides
 * @param line 1-based line
 * @param column 1-based column, in characters of the line
 * @param message one sentence: what is wrong and how to fix it
 */
public record Finding(Rule rule, Severity severity, int line, int column, String message) {
}
