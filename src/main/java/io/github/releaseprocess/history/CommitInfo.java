package io.github.releaseprocess.history;

/**
 * One commit of a history walk: full id, the raw message, and how many parents it has (more than
 * one is a merge).
 */
public record CommitInfo(String id, String message, int parentCount) {

    /** The id shortened to the usual 7 characters. */
    public String shortId() {
        return id.substring(0, Math.min(7, id.length()));
    }

    public boolean isMerge() {
        return parentCount > 1;
    }
}
