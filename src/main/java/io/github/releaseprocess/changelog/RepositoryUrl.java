package io.github.releaseprocess.changelog;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The web URL of a repository ({@code https://github.com/o/r}), from which the changelog's
 * compare links ({@code …/compare/v1.1.0...v1.2.0}) and commit links are made, as release-please
 * and conventional-changelog make them. Read from {@code <scm><url>} or, failing that, from the
 * remote's URL.
 */
public final class RepositoryUrl {

    private static final Pattern SCP = Pattern.compile("^[\\w.+-]+@([^:/]+):(?!//)(.+)$");
    private static final Pattern URL = Pattern.compile(
            "^(?:https?|ssh|git|git\\+ssh)://(?:[^@/]*@)?([^/:]+)(?::\\d+)?/(.+)$");

    private RepositoryUrl() {
    }

    /**
     * The web URL for a Maven SCM URL or a git remote URL: {@code scm:git:https://h/o/r.git},
     * {@code git@h:o/r.git}, {@code ssh://git@h:22/o/r}, {@code https://user@h/o/r/tree/main}
     * all give {@code https://h/o/r}. Credentials in the URL are dropped. Empty for a local path
     * or anything without a host and a path.
     */
    public static Optional<String> webUrl(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String s = url.trim();
        if (s.startsWith("scm:")) {
            // scm:<provider>:<url>, e.g. scm:git:https://…; the provider has no "//" after it.
            Matcher provider = Pattern.compile("^scm:[a-z]+:(?!//)(.+)$").matcher(s);
            s = provider.matches() ? provider.group(1) : s.substring(4);
        }
        String host;
        String path;
        Matcher m = URL.matcher(s);
        Matcher scp = SCP.matcher(s);
        if (m.matches()) {
            host = m.group(1);
            path = m.group(2);
        } else if (scp.matches()) {
            host = scp.group(1);
            path = scp.group(2);
        } else {
            return Optional.empty();
        }
        path = path.replaceAll("[?#].*$", "");
        int tree = path.indexOf("/tree/");
        if (tree > 0) {
            path = path.substring(0, tree);
        }
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.endsWith(".git")) {
            path = path.substring(0, path.length() - 4);
        }
        if (path.isEmpty() || host.isEmpty() || !path.contains("/")) {
            return Optional.empty();
        }
        return Optional.of("https://" + host + "/" + path);
    }
}
