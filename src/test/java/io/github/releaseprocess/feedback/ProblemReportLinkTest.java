package io.github.releaseprocess.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProblemReportLinkTest {

    @Test
    void shouldOpenAGitHubIssueWithTheVersionInTheTitle() {
        for (String url : new String[] {"https://github.com/acme/shop/issues",
                "https://github.com/acme/shop/issues/", "https://github.com/acme/shop"}) {
            assertEquals("https://github.com/acme/shop/issues/new?title=Problem+with+1.4.0",
                    ProblemReportLink.of("GitHub", url).orElseThrow().urlFor("1.4.0"), url);
        }
        assertEquals("Report a problem with 1.4.0: https://github.com/acme/shop/issues/new"
                + "?title=Problem+with+1.4.0", ProblemReportLink.of(null,
                        "https://github.com/acme/shop/issues").orElseThrow().line("1.4.0"));
    }

    @Test
    void shouldOpenAGitLabIssueWithTheVersionInTheTitle() {
        for (String url : new String[] {"https://gitlab.com/acme/shop/-/issues",
                "https://gitlab.com/acme/shop/issues", "https://gitlab.com/acme/shop"}) {
            assertEquals("https://gitlab.com/acme/shop/-/issues/new?issue%5Btitle%5D="
                    + "Problem+with+2.0.0-rc.1", ProblemReportLink.of("GitLab", url)
                            .orElseThrow().urlFor("2.0.0-rc.1"), url);
        }
        assertEquals("https://git.example.com/acme/shop/-/issues/new?issue%5Btitle%5D="
                + "Problem+with+1.0.0", ProblemReportLink.of("gitlab",
                        "https://git.example.com/acme/shop/-/issues").orElseThrow()
                        .urlFor("1.0.0"));
    }

    @Test
    void shouldLinkAnotherTrackerAsGiven() {
        assertEquals("https://issues.example.com/browse/SHOP", ProblemReportLink.of("Jira",
                "https://issues.example.com/browse/SHOP").orElseThrow().urlFor("1.0.0"));
    }

    @Test
    void shouldHaveNoLinkWithoutAUsableUrl() {
        assertTrue(ProblemReportLink.of("GitHub", null).isEmpty());
        assertTrue(ProblemReportLink.of("GitHub", " ").isEmpty());
        assertTrue(ProblemReportLink.of("GitHub", "mailto:bugs@example.com").isEmpty());
        assertTrue(ProblemReportLink.of("GitHub", "not a url").isEmpty());
    }
}
