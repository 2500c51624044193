package io.github.releaseprocess.versioning;

/**
 * Receives each commit the calculator analyses, as the history is walked; a report or a changelog
 * generator builds its output from them without the calculator keeping them.
 */
@FunctionalInterface
public interface CommitSink {

    /** Discards every commit. */
    CommitSink NONE = commit -> { };

    /** Collects every commit into {@code list}, emptying it when the walk restarts. */
    static CommitSink into(java.util.List<AnalyzedCommit> list) {
        return new CommitSink() {
            @Override
            public void accept(AnalyzedCommit commit) {
                list.add(commit);
            }

            @Override
            public void restart() {
                list.clear();
            }
        };
    }

    void accept(AnalyzedCommit commit);

    /**
     * Forget every commit received so far: the walk is redone from HEAD (the highest release tag
     * turned out to be on another branch).
     */
    default void restart() {
    }
}
