package io.github.releaseprocess.feedback;

import io.github.releaseprocess.core.Required;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Where users report a problem with a release, from the POM's {@code <issueManagement>}: on
 * GitHub and GitLab the new-issue form with the version in the title
 * ({@code …/issues/new?title=Problem+with+1.4.0}, {@code …/-/issues/new?issue[title]=…}); for
 * another tracker its URL as given.
 *
 * @param system the {@code <system>} (may be empty)
 * @param url the {@code <url>}, an absolute http or https URL
 */
public record ProblemReportLink(String system, String url) {

    public ProblemReportLink {
        Required.nonNull("system url", system, url);
    }

    /** The link of a project, empty when it has no usable {@code <issueManagement><url>}. */
    public static Optional<ProblemReportLink> of(String system, String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url.trim());
            String scheme = uri.getScheme() == null ? ""
                    : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                return Optional.empty();
            }
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        return Optional.of(new ProblemReportLink(system == null ? "" : system.trim(),
                url.trim()));
    }

    /** {@code Report a problem with 1.4.0}. */
    public static String label(String version) {
        return "Report a problem with " + version;
    }

    /** The title a new issue gets: {@code Problem with 1.4.0}. */
    public static String title(String version) {
        return "Problem with " + version;
    }

    /** The link for one version. */
    public String urlFor(String version) {
        String base = url.replaceAll("[?#].*$", "").replaceAll("/+$", "");
        String title = URLEncoder.encode(title(version), StandardCharsets.UTF_8);
        switch (kind()) {
            case "github" -> {
                return repository(base, "/issues") + "/issues/new?title=" + title;
            }
            case "gitlab" -> {
                return repository(base.replaceAll("/-/issues$", "/issues"), "/issues")
                        + "/-/issues/new?issue%5Btitle%5D=" + title;
            }
            default -> {
                return url;
            }
        }
    }

    /** {@code Report a problem with 1.4.0: https://…}, one line for notes and logs. */
    public String line(String version) {
        return label(version) + ": " + urlFor(version);
    }

    private String kind() {
        String s = system.toLowerCase(Locale.ROOT);
        String host = URI.create(url.replace(" ", "%20")).getHost().toLowerCase(Locale.ROOT);
        if (s.contains("github") || host.equals("github.com") || host.endsWith(".github.com")) {
            return "github";
        }
        if (s.contains("gitlab") || host.startsWith("gitlab.") || host.contains(".gitlab.")) {
            return "gitlab";
        }
        return "other";
    }

    private static String repository(String base, String issues) {
        return base.endsWith(issues) ? base.substring(0, base.length() - issues.length()) : base;
    }
}
