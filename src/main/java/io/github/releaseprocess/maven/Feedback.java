package io.github.releaseprocess.maven;

import io.github.releaseprocess.feedback.ProblemReportLink;
import java.util.Optional;
import org.apache.maven.model.IssueManagement;
import org.apache.maven.project.MavenProject;

/** The "Report a problem" link of a project, from its (inherited) {@code <issueManagement>}. */
final class Feedback {

    private Feedback() {
    }

    static Optional<ProblemReportLink> link(MavenProject project) {
        IssueManagement issues = project == null ? null : project.getIssueManagement();
        return issues == null ? Optional.empty()
                : ProblemReportLink.of(issues.getSystem(), issues.getUrl());
    }
}
