package io.github.releaseprocess.release;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import io.github.releaseprocess.core.AtomicFiles;
import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.history.GitRepository;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The record of a release in progress, kept inside {@code .git/release-process/} (never committed,
 * and it survives {@code mvn clean}). It is written before the first change and after every step,
 * atomically, together with a backup of every file a step is about to change. A process that was
 * killed leaves it behind; the next run finds it and either continues the release or puts
 * everything back.
 */
public final class ReleaseJournal {

    /** The journal's folder inside the git directory. */
    public static final String FOLDER = "release-process";
    private static final String FILE = "journal.json";
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping()
            .create();

    private final Path dir;
    private final State state;

    private ReleaseJournal(Path dir, State state) {
        this.dir = dir;
        this.state = state;
    }

    /** Starts a journal for a release; refuses when one is already there. */
    static ReleaseJournal begin(Path gitDir, String releaseVersion, String tag,
            String developmentVersion, String branchRef, String originalHead) throws IOException {
        Path dir = gitDir.resolve(FOLDER);
        if (Files.exists(dir.resolve(FILE))) {
            throw pendingRefusal(read(dir));
        }
        deleteTree(dir);
        Files.createDirectories(dir);
        State state = new State();
        state.formatVersion = 1;
        state.releaseVersion = releaseVersion;
        state.tag = tag;
        state.developmentVersion = developmentVersion;
        state.branchRef = branchRef;
        state.originalHead = originalHead;
        ReleaseJournal journal = new ReleaseJournal(dir, state);
        journal.save();
        return journal;
    }

    /** The journal of an unfinished release in this repository, if there is one. */
    public static Optional<ReleaseJournal> find(Path gitDir) throws IOException {
        Path dir = gitDir.resolve(FOLDER);
        if (!Files.exists(dir.resolve(FILE))) {
            return Optional.empty();
        }
        return Optional.of(new ReleaseJournal(dir, read(dir)));
    }

    /**
     * Refuses to start anything while a release is unfinished, saying how to go on.
     *
     * @param gitDir the repository's git directory
     */
    public static void refuseIfPending(Path gitDir) throws IOException {
        Optional<ReleaseJournal> pending = find(gitDir);
        if (pending.isPresent()) {
            throw pendingRefusal(pending.get().state);
        }
    }

    /**
     * Refuses while a release is unfinished in the repository that contains {@code start}; does
     * nothing outside a repository (the goal itself says what it needs).
     */
    public static void refuseIfPendingAt(Path start) throws IOException {
        Path gitDir;
        try (GitRepository repository = GitRepository.open(start)) {
            gitDir = repository.gitDir();
        } catch (RefusalException notARepository) {
            return;
        }
        refuseIfPending(gitDir);
    }

    private static RefusalException pendingRefusal(State state) {
        String done = state.steps.isEmpty() ? "before its first step"
                : "after step '" + state.steps.get(state.steps.size() - 1).id + "'";
        return new RefusalException("A release of " + state.releaseVersion + " was interrupted "
                + done + " (journal in .git/" + FOLDER + "/); run 'mvn release-process:prepare"
                + " -Drelease-process.resume' to finish it or 'mvn release-process:prepare"
                + " -Drelease-process.abort' to put everything back as it was");
    }

    private static State read(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        try {
            State state = GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8), State.class);
            if (state == null || state.releaseVersion == null || state.originalHead == null) {
                throw new JsonParseException("fields missing");
            }
            return state;
        } catch (JsonParseException e) {
            throw new RefusalException("The release journal " + file + " is damaged ("
                    + e.getMessage() + "); check 'git status' and 'git log', put back what you need"
                    + " by hand, then delete the folder " + dir);
        }
    }

    public String releaseVersion() {
        return state.releaseVersion;
    }

    public String tag() {
        return state.tag;
    }

    /** The next development version, or null when none is set after the release. */
    public String developmentVersion() {
        return state.developmentVersion;
    }

    /** The branch being released, e.g. {@code refs/heads/main}. */
    public String branchRef() {
        return state.branchRef;
    }

    /** HEAD before the release began. */
    public String originalHead() {
        return state.originalHead;
    }

    /** True when the step completed. */
    boolean isDone(String stepId) {
        return step(stepId).map(s -> s.done).orElse(false);
    }

    /** Ids of the steps that started, in order. */
    List<String> startedSteps() {
        List<String> ids = new ArrayList<>();
        state.steps.forEach(s -> ids.add(s.id));
        return ids;
    }

    /** HEAD when the step started (what undoing its commit returns to). */
    String headBefore(String stepId) {
        return step(stepId).map(s -> s.headBefore).orElse(state.originalHead);
    }

    /** Records that a step starts, with the commit HEAD is at. */
    void started(String stepId, String headBefore) throws IOException {
        StepRecord record = step(stepId).orElse(null);
        if (record == null) {
            record = new StepRecord();
            record.id = stepId;
            state.steps.add(record);
        }
        record.headBefore = headBefore;
        record.done = false;
        save();
    }

    /** Records that a step completed; a test may halt the process right here. */
    void done(String stepId) throws IOException {
        step(stepId).orElseThrow().done = true;
        save();
        TestHooks.haltAfter(stepId);
    }

    /** Forgets a step (after undoing it). */
    void forget(String stepId) throws IOException {
        state.steps.removeIf(s -> s.id.equals(stepId));
        save();
    }

    /**
     * Saves the current bytes of {@code file} (or that it does not exist) before the step changes
     * it; only the first call per step and file counts.
     */
    void backup(String stepId, Path file) throws IOException {
        StepRecord record = step(stepId).orElseThrow();
        String key = file.toAbsolutePath().normalize().toString();
        if (record.backups.containsKey(key)) {
            return;
        }
        String name = null;
        if (Files.exists(file)) {
            name = stepId + "-" + record.backups.size();
            AtomicFiles.write(dir.resolve("backup").resolve(name), Files.readAllBytes(file));
        }
        record.backups.put(key, name);
        save();
    }

    /** Puts back every file the step backed up, byte for byte (deleting those it created). */
    void restore(String stepId) throws IOException {
        Optional<StepRecord> record = step(stepId);
        if (record.isEmpty()) {
            return;
        }
        for (Map.Entry<String, String> e : record.get().backups.entrySet()) {
            Path file = Path.of(e.getKey());
            if (e.getValue() == null) {
                Files.deleteIfExists(file);
            } else {
                AtomicFiles.write(file, Files.readAllBytes(dir.resolve("backup").resolve(e.getValue())));
            }
        }
    }

    /** The files the step backed up, i.e. the files it changed or was about to change. */
    List<Path> backedUpFiles(String stepId) {
        List<Path> files = new ArrayList<>();
        step(stepId).ifPresent(r -> r.backups.keySet().forEach(k -> files.add(Path.of(k))));
        return files;
    }

    /** The release finished or was put back: the journal and its backups go. */
    void close() throws IOException {
        deleteTree(dir);
    }

    private Optional<StepRecord> step(String stepId) {
        return state.steps.stream().filter(s -> s.id.equals(stepId)).findFirst();
    }

    private void save() throws IOException {
        AtomicFiles.write(dir.resolve(FILE), GSON.toJson(state).getBytes(StandardCharsets.UTF_8));
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The JSON form of the journal. */
    private static final class State {
        int formatVersion;
        String releaseVersion;
        String tag;
        String developmentVersion;
        String branchRef;
        String originalHead;
        List<StepRecord> steps = new ArrayList<>();
    }

    /** One step: whether it finished, HEAD before it, and its file backups (path → backup). */
    private static final class StepRecord {
        String id;
        boolean done;
        String headBefore;
        Map<String, String> backups = new LinkedHashMap<>();
    }
}
