package io.github.releaseprocess.release;

import com.google.gson.FormattingStyle;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.stream.JsonWriter;
import io.github.releaseprocess.core.AtomicFiles;
import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.history.GitDirLocator;
import io.github.releaseprocess.history.GitRepository;
import io.github.releaseprocess.history.IndexedBlobs;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The one model of "a change that can be undone", kept inside {@code .git/release-process/} (never
 * committed, and it survives {@code mvn clean}). Before a step changes anything it records what
 * it is about to change: the bytes of each file (paths relative to the work tree), the index, the
 * refs it moves (with their ids before, and after once known) and a checkout. Undo works only from
 * these records, never from "the current HEAD": a ref is put back only while it still points where
 * this run left it, so a commit made since, on any branch, is never lost. A process that was
 * killed leaves the journal behind; the next run finds it and either continues or puts everything
 * back. Written atomically after every change; read back, it is checked before anything is undone.
 */
public final class ReleaseJournal {

    /** The journal's folder inside the git directory. */
    public static final String FOLDER = "release-process";
    private static final String FILE = "journal.json";
    private static final int FORMAT = 2;
    private static final Pattern BACKUP_NAME = Pattern.compile("[a-z-]+(-\\d+)?");
    /** A backup that is a blob of the object database: the file was as the index holds it. */
    private static final String BLOB = "blob:";
    private static final Pattern BLOB_BACKUP = Pattern.compile("blob:[0-9a-f]{40}");
    private static final Pattern OBJECT_ID = Pattern.compile("[0-9a-f]{40}");

    private final Path dir;
    private final Path workTree;
    private final State state;

    private ReleaseJournal(Path dir, Path workTree, State state) {
        this.dir = dir;
        this.workTree = workTree;
        this.state = state;
    }

    /** What a journal is about: the goal, the versions, the tag, the branch and where HEAD was. */
    record Header(String goal, String releaseVersion, String startVersion, String tag,
            String developmentVersion, String branchRef, String originalHead,
            java.time.ZonedDateTime releaseTime, List<ComponentEntry> components) {

        /** A header of a release of one version (no components). */
        Header(String goal, String releaseVersion, String startVersion, String tag,
                String developmentVersion, String branchRef, String originalHead,
                java.time.ZonedDateTime releaseTime) {
            this(goal, releaseVersion, startVersion, tag, developmentVersion, branchRef,
                    originalHead, releaseTime, null);
        }

        /** A header without a release instant (a change that is not a release). */
        Header(String goal, String releaseVersion, String startVersion, String tag,
                String developmentVersion, String branchRef, String originalHead) {
            this(goal, releaseVersion, startVersion, tag, developmentVersion, branchRef,
                    originalHead, null);
        }
    }

    /**
     * A component of a monorepo's release as the journal keeps it, so that a resumed or aborted
     * release knows every version and tag it decided.
     *
     * @param id the component
     * @param releaseVersion its release version; null when the run does not release it
     * @param tag its release tag; null when not released
     * @param developmentVersion its version after the release; null for none
     * @param lastRelease the version of its last release; null before its first
     */
    record ComponentEntry(String id, String releaseVersion, String tag,
            String developmentVersion, String lastRelease) {
    }

    /**
     * Starts a journal; the caller holds the repository's {@link ReleaseLock}. It goes to disk
     * with the first record, before the first change: a run killed before that changed nothing
     * and leaves no journal behind (one flushed save less per run).
     *
     * @throws RefusalException when an unfinished one is there
     */
    static ReleaseJournal begin(GitRepository repository, ReleaseLock lock, Header header)
            throws IOException {
        Path dir = repository.gitDir().resolve(FOLDER);
        refuseIfJournal(repository);
        deleteTree(dir);
        Files.createDirectories(dir);
        State state = new State();
        state.formatVersion = FORMAT;
        state.goal = header.goal();
        state.releaseVersion = header.releaseVersion();
        state.startVersion = header.startVersion();
        state.tag = header.tag();
        state.developmentVersion = header.developmentVersion();
        state.branchRef = header.branchRef();
        state.originalHead = header.originalHead();
        state.releaseTime = header.releaseTime() == null ? null : header.releaseTime().toString();
        state.components = header.components() == null ? null
                : new ArrayList<>(header.components());
        state.pid = lock.holder().pid();
        state.started = lock.holder().started().toString();
        return new ReleaseJournal(dir, repository.workTree(), state);
    }

    /** The journal of an unfinished change in this repository, if there is one. */
    public static Optional<ReleaseJournal> find(GitRepository repository) throws IOException {
        Path dir = repository.gitDir().resolve(FOLDER);
        if (!Files.exists(dir.resolve(FILE))) {
            return Optional.empty();
        }
        return Optional.of(new ReleaseJournal(dir, repository.workTree(),
                read(dir, repository.workTree())));
    }

    /**
     * Refuses to start anything while a release runs or is unfinished, saying how to go on; the
     * test build of a running release (its environment carries the release's token) passes.
     */
    public static void refuseIfPending(GitRepository repository) throws IOException {
        refuseIfPending(repository, Optional.ofNullable(System.getenv(ReleaseLock.TOKEN_VARIABLE)));
    }

    /** As {@link #refuseIfPending(GitRepository)}, with the token this process was given. */
    static void refuseIfPending(GitRepository repository, Optional<String> token)
            throws IOException {
        Optional<ReleaseLock.Holder> running = ReleaseLock.holder(repository.gitDir());
        if (running.isPresent()) {
            if (token.filter(t -> !t.isEmpty()).filter(running.get().token()::equals).isPresent()) {
                return; // the test build of that very release
            }
            throw ReleaseLock.runningRefusal(running.get());
        }
        refuseIfJournal(repository);
    }

    /** Refuses while a journal is there; the caller holds the lock or found it free. */
    static void refuseIfJournal(GitRepository repository) throws IOException {
        Optional<ReleaseJournal> pending = find(repository);
        if (pending.isPresent()) {
            throw pending.get().pendingRefusal();
        }
    }

    /**
     * Refuses while a release runs or is unfinished in the repository that contains
     * {@code start}; does nothing outside a repository (the goal itself says what it needs).
     */
    public static void refuseIfPendingAt(Path start) throws IOException {
        Optional<Path> gitDir = GitDirLocator.locate(start);
        if (gitDir.isPresent() && !Files.exists(gitDir.get().resolve(FOLDER).resolve(FILE))
                && ReleaseLock.holder(gitDir.get()).isEmpty()) {
            return; // nothing pending, found without opening the repository (JGit, Gson)
        }
        GitRepository repository;
        try {
            repository = GitRepository.open(start);
        } catch (RefusalException notARepository) {
            return;
        }
        try (repository) {
            refuseIfPending(repository);
        }
    }

    private RefusalException pendingRefusal() {
        String what = "prepare".equals(state.goal) ? "A release of " + state.releaseVersion
                : "A " + state.goal + " to " + state.releaseVersion;
        Optional<StepRecord> lastDone = state.steps.stream().filter(s -> s.done)
                .reduce((a, b) -> b);
        Optional<StepRecord> unfinished = state.steps.stream().filter(s -> !s.done).findFirst();
        String where = lastDone.map(s -> "after step '" + s.id + "'").orElse("before its first"
                + " step finished") + unfinished.map(s -> ", in step '" + s.id + "'").orElse("");
        String how = "prepare".equals(state.goal)
                ? "run 'mvn release-process:prepare -Drelease-process.resume' to finish it or"
                        + " 'mvn release-process:prepare -Drelease-process.abort' to put everything"
                        + " back as it was"
                : "run 'mvn release-process:prepare -Drelease-process.abort' to put everything"
                        + " back as it was";
        return new RefusalException(what + " was interrupted " + where + " (journal in .git/"
                + FOLDER + "/, started " + state.started + " by PID " + state.pid + "); " + how);
    }

    private static State read(Path dir, Path workTree) throws IOException {
        Path file = dir.resolve(FILE);
        String problem;
        try {
            State state = Json.read(Files.readString(file, StandardCharsets.UTF_8));
            problem = state == null ? "it is not a journal this plugin wrote"
                    : check(state, workTree);
            if (problem == null) {
                return state;
            }
        } catch (java.nio.charset.MalformedInputException e) {
            problem = "it is not a journal this plugin wrote";
        }
        throw new RefusalException("The release journal .git/" + FOLDER + "/" + FILE
                + " cannot be used: " + problem + "; nothing was changed. Check 'git status',"
                + " 'git log' and 'git tag', put back what you need by hand, then delete the"
                + " folder .git/" + FOLDER);
    }

    /** Why a journal read back cannot be trusted, or null when it can. */
    private static String check(State state, Path workTree) {
        if (state == null || state.steps == null || state.releaseVersion == null
                || state.originalHead == null || state.goal == null) {
            return "it is empty or has fields missing";
        }
        if (state.formatVersion != FORMAT) {
            return "it has format " + state.formatVersion + ", and this plugin reads " + FORMAT;
        }
        if (!OBJECT_ID.matcher(state.originalHead).matches()) {
            return "originalHead is not a commit id";
        }
        if (state.branchRef != null && !state.branchRef.startsWith("refs/heads/")) {
            return "the branch " + state.branchRef + " is not a local branch";
        }
        if (state.components != null) {
            for (ComponentEntry component : state.components) {
                if (component == null || component.id() == null) {
                    return "a component has fields missing";
                }
                if (component.tag() != null
                        && !io.github.releaseprocess.history.RefNames.isValidTagName(component.tag())) {
                    return "the tag " + component.tag() + " is not a valid tag name";
                }
            }
        }
        Path top = workTree.toAbsolutePath().normalize();
        for (StepRecord step : state.steps) {
            if (step == null || step.id == null || step.backups == null || step.refs == null) {
                return "a step has fields missing";
            }
            for (Map.Entry<String, String> backup : step.backups.entrySet()) {
                if (!insideWorkTree(top, backup.getKey())) {
                    return "the path " + backup.getKey() + " leaves the repository";
                }
                if (backup.getValue() != null && !BACKUP_NAME.matcher(backup.getValue()).matches()
                        && !BLOB_BACKUP.matcher(backup.getValue()).matches()) {
                    return "the backup name " + backup.getValue() + " is not one it writes";
                }
            }
            if (step.index != null && !BACKUP_NAME.matcher(step.index).matches()) {
                return "the backup name " + step.index + " is not one it writes";
            }
            for (RefRecord ref : step.refs) {
                if (ref == null || !ownRef(state, ref.ref)) {
                    return "the ref " + (ref == null ? null : ref.ref) + " is not one this run"
                            + " changes (only " + ownRefs(state) + ")";
                }
                for (String id : new String[] {ref.before, ref.after, ref.target}) {
                    if (id != null && !OBJECT_ID.matcher(id).matches()) {
                        return "'" + id + "' is not an object id";
                    }
                }
            }
            for (RefRecord ref : step.refs) {
                if (ref.ref.startsWith("refs/tags/") && (ref.target == null
                        || !madeCommits(state).contains(ref.target))) {
                    return "the tag " + ref.ref.substring("refs/tags/".length()) + " does not"
                            + " point at a commit this run made";
                }
            }
            if (step.checkoutBefore != null && !step.checkoutBefore.startsWith("refs/heads/")
                    && !OBJECT_ID.matcher(step.checkoutBefore).matches()) {
                return "the checkout " + step.checkoutBefore + " is neither a branch nor a commit";
            }
        }
        return null;
    }

    private static boolean insideWorkTree(Path top, String relative) {
        if (relative.isEmpty() || relative.contains("\\") || relative.startsWith("/")
                || Path.of(relative).isAbsolute()) {
            return false;
        }
        for (String segment : relative.split("/")) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")
                    || segment.equals(".git")) {
                return false;
            }
        }
        Path resolved = top.resolve(relative).normalize();
        if (!resolved.startsWith(top)) {
            return false;
        }
        try {
            // A folder on the way that is a symbolic link must not lead out either.
            Path parent = resolved.getParent();
            while (parent != null && !Files.exists(parent)) {
                parent = parent.getParent();
            }
            return parent == null || parent.toRealPath().startsWith(top.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private static List<String> madeCommits(State state) {
        List<String> made = new ArrayList<>();
        for (StepRecord step : state.steps) {
            for (RefRecord ref : step.refs) {
                if (ref.message != null && ref.after != null) {
                    made.add(ref.after);
                }
            }
        }
        return made;
    }

    private static boolean ownRef(State state, String ref) {
        return ref != null && ownRefs(state).contains(ref);
    }

    /** The refs a run of this goal creates or moves: its branch, its tag, a hotfix branch. */
    private static List<String> ownRefs(State state) {
        List<String> refs = new ArrayList<>();
        if (state.branchRef != null) {
            refs.add(state.branchRef);
        } else {
            refs.add("HEAD");
        }
        if (state.tag != null) {
            refs.add("refs/tags/" + state.tag);
        }
        if (state.components != null) {
            for (ComponentEntry component : state.components) {
                if (component.tag() != null && !refs.contains("refs/tags/" + component.tag())) {
                    refs.add("refs/tags/" + component.tag());
                }
            }
        }
        return refs;
    }

    /** The goal that wrote the journal: {@code prepare} or {@code hotfix}. */
    public String goal() {
        return state.goal;
    }

    public String releaseVersion() {
        return state.releaseVersion;
    }

    /** The version on disk before the change began (what the release version replaces). */
    public String startVersion() {
        return state.startVersion;
    }

    public String tag() {
        return state.tag;
    }

    /** The components of a monorepo's release, in order; empty for a release of one version. */
    List<ComponentEntry> components() {
        return state.components == null ? List.of() : List.copyOf(state.components);
    }

    /** The next development version, or null when none is set after the release. */
    public String developmentVersion() {
        return state.developmentVersion;
    }

    /** The branch being released, e.g. {@code refs/heads/main}; null for a detached HEAD. */
    public String branchRef() {
        return state.branchRef;
    }

    /** HEAD before the change began. */
    public String originalHead() {
        return state.originalHead;
    }

    /** The release instant the interrupted run chose; empty in journals without one. */
    Optional<java.time.ZonedDateTime> releaseTime() {
        if (state.releaseTime == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(java.time.ZonedDateTime.parse(state.releaseTime));
        } catch (java.time.format.DateTimeParseException e) {
            throw new RefusalException("The journal in " + FOLDER + " holds the release time '"
                    + state.releaseTime + "', which is not a time; run 'mvn"
                    + " release-process:prepare -Drelease-process.abort' to put everything back");
        }
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

    /** The last step that finished, if any. */
    Optional<String> lastDoneStep() {
        return state.steps.stream().filter(s -> s.done).reduce((a, b) -> b).map(s -> s.id);
    }

    /** Records that a step starts (with the end of the step before it, if not saved yet). */
    void started(String stepId) throws IOException {
        started(stepId, true);
    }

    /**
     * Records that a step starts. {@code durable} saves it now; otherwise it goes to disk with
     * the step's first record (its backup, its index, the ref it moves), which is saved before
     * the step changes anything: a run killed before that finds no trace of the step and nothing
     * it changed, and runs it as a step that never started.
     */
    void started(String stepId, boolean durable) throws IOException {
        StepRecord record = step(stepId).orElse(null);
        if (record == null) {
            record = new StepRecord();
            record.id = stepId;
            state.steps.add(record);
        }
        record.done = false;
        if (durable) {
            save();
        }
    }

    /**
     * Records that a step completed. {@code durable} saves it now; otherwise it goes to disk with
     * the next record (the next step's start), and a run killed before that finds the step
     * unfinished and undoes and redoes it from its records, as after a kill just before its end:
     * no record that an undo needs waits, only the mark that spares the redo. The last step's end
     * is never saved: the journal is deleted when the run ends.
     */
    void done(String stepId, boolean durable) throws IOException {
        step(stepId).orElseThrow().done = true;
        if (durable) {
            save();
        }
    }

    /** Records that a step completed, and saves it now. */
    void done(String stepId) throws IOException {
        done(stepId, true);
    }

    /** Forgets a step (after undoing it). */
    void forget(String stepId) throws IOException {
        state.steps.removeIf(s -> s.id.equals(stepId));
        save();
    }

    /**
     * Saves the current bytes of {@code file} (or that it does not exist) before the step changes
     * it; only the first call per step and file counts.
     *
     * @throws RefusalException when the file is outside the work tree
     */
    void backup(String stepId, Path file) throws IOException {
        StepRecord record = step(stepId).orElseThrow();
        String key = relative(file);
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

    /**
     * Backs up many files at once (the journal saved once), for a step that changes a whole
     * reactor. A file whose bytes are exactly what the index holds is recorded by its blob id
     * ({@code blob:<id>}), not copied: git keeps that blob while the index or a commit names it,
     * and undo reads it back. Only the other files are copied (in parallel).
     */
    void backupAll(String stepId, java.util.Collection<Path> files, GitRepository repository)
            throws IOException {
        StepRecord record = step(stepId).orElseThrow();
        Map<Path, byte[]> current = new LinkedHashMap<>();
        Map<Path, String> keys = new LinkedHashMap<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Path file : files) {
            String key = relative(file);
            if (record.backups.containsKey(key) || !seen.add(key)) {
                continue;
            }
            keys.put(file, key);
            if (Files.exists(file)) {
                current.put(file, Files.readAllBytes(file));
            }
        }
        if (keys.isEmpty()) {
            return; // every file is backed up already: nothing new to save
        }
        Map<Path, String> blobs = IndexedBlobs.of(repository, current);
        Map<Path, byte[]> copies = new LinkedHashMap<>();
        for (Map.Entry<Path, String> e : keys.entrySet()) {
            Path file = e.getKey();
            String name = null;
            if (blobs.containsKey(file)) {
                name = BLOB + blobs.get(file);
            } else if (current.containsKey(file)) {
                name = stepId + "-" + record.backups.size();
                copies.put(dir.resolve("backup").resolve(name), current.get(file));
            }
            record.backups.put(e.getValue(), name);
        }
        AtomicFiles.writeAll(copies);
        save();
    }

    /** Saves the index before the step stages anything; only the first call per step counts. */
    void backupIndex(String stepId, Path indexFile) throws IOException {
        backupIndex(stepId, indexFile, true);
    }

    /**
     * Copies the index (flushed) before the step stages anything; {@code durable} also saves the
     * record now, otherwise the caller saves it with its next record before it changes anything
     * (a kill in between leaves only a copy that nothing names, removed with the journal).
     */
    void backupIndex(String stepId, Path indexFile, boolean durable) throws IOException {
        StepRecord record = step(stepId).orElseThrow();
        if (record.index != null) {
            return;
        }
        String name = stepId + "-index";
        AtomicFiles.write(dir.resolve("backup").resolve(name),
                Files.exists(indexFile) ? Files.readAllBytes(indexFile) : new byte[0]);
        record.index = name;
        record.indexExisted = Files.exists(indexFile);
        if (durable) {
            save();
        }
    }

    /**
     * Records that the step is about to move {@code ref} from {@code before} (null: it does not
     * exist). {@code target} is the commit a new tag will point at, {@code message} the message of
     * the commit a branch will get; they identify what this run made if it is killed before
     * {@link #refMoved} records the new id.
     */
    void refMoving(String stepId, String ref, String before, String target, String message)
            throws IOException {
        RefRecord record = new RefRecord();
        record.ref = ref;
        record.before = before;
        record.target = target;
        record.message = message;
        step(stepId).orElseThrow().refs.add(record);
        save();
    }

    /** Records where the step left {@code ref}, and saves it now. */
    void refMoved(String stepId, String ref, String after) throws IOException {
        refMoved(stepId, ref, after, true);
    }

    /**
     * Records where the step left {@code ref}. {@code durable} saves it now; otherwise it goes to
     * disk with the next record. Only for a ref whose {@link #refMoving} record identifies what
     * the run made without the new id: a tag by its {@code target}, a commit by its
     * {@code message} on top of an existing {@code before}; a run killed before the next save
     * is undone by those, as after a kill between the change and this record.
     */
    void refMoved(String stepId, String ref, String after, boolean durable) throws IOException {
        List<RefRecord> refs = step(stepId).orElseThrow().refs;
        for (int i = refs.size() - 1; i >= 0; i--) {
            if (refs.get(i).ref.equals(ref)) {
                RefRecord record = refs.get(i);
                if (!durable && record.target == null
                        && (record.before == null || record.message == null)) {
                    throw new IllegalStateException("the move of " + ref + " in step " + stepId
                            + " cannot be recognised without its new id; save it");
                }
                record.after = after;
                if (durable) {
                    save();
                }
                return;
            }
        }
        throw new IllegalStateException("no record of " + ref + " in step " + stepId);
    }

    /** Records that the step checks out something else; {@code before} is a ref name or an id. */
    void checkingOut(String stepId, String before) throws IOException {
        step(stepId).orElseThrow().checkoutBefore = before;
        save();
    }

    /** The commit id a step left a ref at, if it recorded one. */
    Optional<String> refAfter(String stepId, String ref) {
        return step(stepId).flatMap(s -> s.refs.stream().filter(r -> r.ref.equals(ref))
                .reduce((a, b) -> b)).map(r -> r.after);
    }

    /**
     * Checks, before anything is undone, that every ref the journal recorded is where this run
     * left it (or where it was before), so that an undo is all or nothing.
     *
     * @throws RefusalException naming the ref that moved since
     */
    void checkUndoable(GitRepository repository) throws IOException {
        // Replays the undo, last change first, on the refs' ids without touching them.
        Map<String, Optional<String>> simulated = new LinkedHashMap<>();
        List<StepRecord> steps = new ArrayList<>(state.steps);
        java.util.Collections.reverse(steps);
        for (StepRecord step : steps) {
            List<RefRecord> refs = new ArrayList<>(step.refs);
            java.util.Collections.reverse(refs);
            for (RefRecord ref : refs) {
                if (!simulated.containsKey(ref.ref)) {
                    simulated.put(ref.ref, repository.refId(ref.ref));
                }
                String current = simulated.get(ref.ref).orElse(null);
                if (Objects.equals(current, ref.before)) {
                    continue;
                }
                if (!madeByThisRun(repository, ref, current)) {
                    throw new RefusalException(display(ref.ref) + " is at "
                            + (current == null ? "nothing (deleted)" : current) + ", which is"
                            + " neither where it was before this " + state.goal + " ("
                            + (ref.before == null ? "absent" : ref.before) + ") nor what the step"
                            + " '" + step.id + "' made of it" + (ref.after == null ? ""
                                    : " (" + ref.after + ")") + "; it moved since, so nothing"
                            + " was undone. Put it back by hand, or keep it and delete the folder"
                            + " .git/" + FOLDER);
                }
                simulated.put(ref.ref, Optional.ofNullable(ref.before));
            }
        }
        for (StepRecord step : state.steps) {
            if (step.checkoutBefore != null) {
                Optional<String> head = repository.currentBranchRef();
                boolean atBefore = head.map(step.checkoutBefore::equals).orElse(false)
                        || (head.isEmpty() && step.checkoutBefore.equals(repository.headCommitId()));
                boolean atOwn = head.isPresent() && step.refs.stream()
                        .anyMatch(r -> r.ref.equals(head.get()));
                if (!atBefore && !atOwn) {
                    throw new RefusalException("HEAD is at " + head.orElse(repository.headCommitId())
                            + ", neither where this " + state.goal + " left it nor where it was"
                            + " before (" + step.checkoutBefore + "); check out one of them and"
                            + " run the abort again");
                }
            }
        }
    }

    /**
     * Undoes a step from its records alone: the files it changed, the index, the checkout, then
     * the refs, each only from the exact state this run left.
     */
    void undo(String stepId, GitRepository repository) throws IOException {
        Optional<StepRecord> found = step(stepId);
        if (found.isEmpty()) {
            return;
        }
        StepRecord record = found.get();
        List<RefRecord> refs = new ArrayList<>(record.refs);
        java.util.Collections.reverse(refs);
        for (RefRecord ref : refs) {
            if (!ref.ref.startsWith("refs/tags/")) {
                continue;
            }
            moveBack(repository, record, ref);
        }
        for (Map.Entry<String, String> e : record.backups.entrySet()) {
            Path file = workTree.resolve(e.getKey());
            if (e.getValue() == null) {
                Files.deleteIfExists(file);
            } else {
                byte[] before = e.getValue().startsWith(BLOB)
                        ? IndexedBlobs.read(repository, e.getValue().substring(BLOB.length()))
                        : Files.readAllBytes(dir.resolve("backup").resolve(e.getValue()));
                if (!Files.exists(file) || !java.util.Arrays.equals(before, Files.readAllBytes(file))) {
                    AtomicFiles.write(file, before);
                }
            }
        }
        restoreIndex(record, repository);
        if (record.checkoutBefore != null
                && !repository.currentBranchRef().map(record.checkoutBefore::equals).orElse(false)) {
            repository.writer().checkout(record.checkoutBefore.startsWith("refs/heads/")
                    ? record.checkoutBefore.substring("refs/heads/".length())
                    : record.checkoutBefore);
        }
        for (RefRecord ref : refs) {
            if (!ref.ref.startsWith("refs/tags/")) {
                moveBack(repository, record, ref);
            }
        }
    }

    private void restoreIndex(StepRecord record, GitRepository repository) throws IOException {
        if (record.index == null) {
            return;
        }
        if (record.indexExisted) {
            AtomicFiles.write(repository.indexFile(),
                    Files.readAllBytes(dir.resolve("backup").resolve(record.index)));
        } else {
            Files.deleteIfExists(repository.indexFile());
        }
        record.index = null;
        save();
    }

    private void moveBack(GitRepository repository, StepRecord step, RefRecord ref)
            throws IOException {
        String current = repository.refId(ref.ref).orElse(null);
        if (Objects.equals(current, ref.before)) {
            return;
        }
        if (!madeByThisRun(repository, ref, current)) {
            throw new RefusalException(display(ref.ref) + " moved since the step '" + step.id
                    + "' left it at " + ref.after + " (it is at " + current + "); it is left alone");
        }
        repository.writer().moveRef(ref.ref, current, ref.before);
    }

    /** True when {@code current} is what this run made of the ref, by record or by its shape. */
    private static boolean madeByThisRun(GitRepository repository, RefRecord ref, String current)
            throws IOException {
        if (current == null) {
            return false;
        }
        if (ref.after != null) {
            if (!current.equals(ref.after)) {
                return false;
            }
            // A commit this run made sits right on the commit the ref had before.
            return ref.ref.startsWith("refs/tags/") || ref.before == null || ref.message == null
                    || repository.firstParent(current).map(ref.before::equals).orElse(false);
        }
        // Killed between the change and its record: accept only what the step would have made.
        if (ref.target != null) {
            return repository.peeledCommit(current).map(ref.target::equals).orElse(false);
        }
        return ref.before != null && ref.message != null
                && repository.firstParent(current).map(ref.before::equals).orElse(false)
                && repository.commitMessage(current).map(m -> m.strip().equals(ref.message.strip()))
                        .orElse(false);
    }

    private static String display(String ref) {
        if (ref.startsWith("refs/tags/")) {
            return "The tag " + ref.substring("refs/tags/".length());
        }
        if (ref.startsWith("refs/heads/")) {
            return "The branch " + ref.substring("refs/heads/".length());
        }
        return ref;
    }

    /**
     * Records a fact of a step that is no file or ref, e.g. a file that reached a repository or
     * a Central deployment id: what resume needs in order to go on instead of starting again.
     */
    void note(String stepId, String key, String value) throws IOException {
        StepRecord record = step(stepId).orElseThrow();
        if (record.notes == null) {
            record.notes = new LinkedHashMap<>();
        }
        record.notes.put(key, value);
        save();
    }

    /** The facts a step noted; empty when none. */
    Map<String, String> notes(String stepId) {
        return step(stepId).map(s -> s.notes == null ? Map.<String, String>of()
                : Map.copyOf(s.notes)).orElse(Map.of());
    }

    /** True when a step noted that something reached a server, which no undo takes back. */
    boolean reachedServer() {
        return state.steps.stream().anyMatch(s -> s.notes != null
                && s.notes.containsKey(REACHED));
    }

    /** The note of a step whose work reached a server. */
    static final String REACHED = "reached";

    /**
     * The bytes the files had before the step changed them, by absolute path; files the step
     * created are left out.
     */
    Map<Path, byte[]> backupContents(GitRepository repository, String stepId) throws IOException {
        Map<Path, byte[]> out = new LinkedHashMap<>();
        Optional<StepRecord> record = step(stepId);
        if (record.isPresent()) {
            for (Map.Entry<String, String> e : record.get().backups.entrySet()) {
                if (e.getValue() != null) {
                    out.put(workTree.resolve(e.getKey()).toAbsolutePath().normalize(),
                            e.getValue().startsWith(BLOB)
                                    ? IndexedBlobs.read(repository,
                                            e.getValue().substring(BLOB.length()))
                                    : Files.readAllBytes(dir.resolve("backup")
                                            .resolve(e.getValue())));
                }
            }
        }
        return out;
    }

    /** The files the step backed up (relative to the work tree, '/'-separated), in order. */
    List<String> backedUpFiles(String stepId) {
        List<String> files = new ArrayList<>();
        step(stepId).ifPresent(r -> files.addAll(r.backups.keySet()));
        return files;
    }

    /**
     * The change finished or was put back: the journal goes first (from then on nothing is
     * unfinished), then its backups.
     */
    void close() throws IOException {
        Files.deleteIfExists(dir.resolve(FILE));
        deleteTree(dir);
    }

    /**
     * Removes what a run killed while closing its journal left behind: backups (or an empty
     * {@code backup/} folder) without a journal, which nothing reads any more. The caller holds
     * the repository's {@link ReleaseLock}, so no other run is starting a journal there.
     */
    static void removeLeftovers(GitRepository repository) throws IOException {
        Path dir = repository.gitDir().resolve(FOLDER);
        if (!Files.exists(dir.resolve(FILE))) {
            deleteTree(dir);
        }
    }

    /** The path of a file relative to the work tree, '/'-separated; refuses one outside it. */
    private String relative(Path file) throws IOException {
        Path top = workTree.toAbsolutePath().normalize();
        Path abs = file.toAbsolutePath().normalize();
        if (!abs.startsWith(top)) { // the same folder by another name, e.g. /tmp and /private/tmp
            top = top.toRealPath();
            Path parent = abs.getParent();
            abs = (Files.exists(parent) ? parent.toRealPath() : parent).resolve(abs.getFileName());
        }
        String key = abs.startsWith(top) ? top.relativize(abs).toString().replace('\\', '/') : "";
        if (!insideWorkTree(top, key)) {
            throw new RefusalException("The file " + file + " is outside the repository "
                    + workTree + "; a release changes only files inside it");
        }
        return key;
    }

    private Optional<StepRecord> step(String stepId) {
        return state.steps.stream().filter(s -> s.id.equals(stepId)).findFirst();
    }

    private void save() throws IOException {
        AtomicFiles.write(dir.resolve(FILE), Json.write(state).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The journal's JSON. A release writes it through Gson's streaming {@link JsonWriter}, field
     * by field, in the form Gson's reflection gives ({@code ReleaseJournalJsonTest} compares
     * the two), so that a release loads a handful of Gson's classes instead of its whole
     * reflective machinery (about 140 classes, 0.1-0.2 s of the goal; bench/README.md). Only a
     * journal read back (resume, abort, a refused start) builds the {@link Gson} instance.
     */
    static final class Json {
        private Json() {
        }

        /** The journal's text, as {@code Reader.GSON.toJson(state)} writes it. */
        static String write(State state) throws IOException {
            StringWriter text = new StringWriter(2048);
            JsonWriter out = new JsonWriter(text);
            out.setFormattingStyle(FormattingStyle.PRETTY);
            out.setHtmlSafe(false);
            out.setSerializeNulls(true);
            out.beginObject();
            out.name("formatVersion").value(state.formatVersion);
            out.name("goal").value(state.goal);
            out.name("releaseVersion").value(state.releaseVersion);
            out.name("startVersion").value(state.startVersion);
            out.name("tag").value(state.tag);
            out.name("developmentVersion").value(state.developmentVersion);
            out.name("branchRef").value(state.branchRef);
            out.name("originalHead").value(state.originalHead);
            out.name("releaseTime").value(state.releaseTime);
            out.name("components");
            if (state.components == null) {
                out.nullValue();
            } else {
                out.beginArray();
                for (ComponentEntry c : state.components) {
                    if (c == null) {
                        out.nullValue();
                        continue;
                    }
                    out.beginObject();
                    out.name("id").value(c.id());
                    out.name("releaseVersion").value(c.releaseVersion());
                    out.name("tag").value(c.tag());
                    out.name("developmentVersion").value(c.developmentVersion());
                    out.name("lastRelease").value(c.lastRelease());
                    out.endObject();
                }
                out.endArray();
            }
            out.name("pid").value(state.pid);
            out.name("started").value(state.started);
            out.name("steps");
            out.beginArray();
            for (StepRecord step : state.steps) {
                writeStep(out, step);
            }
            out.endArray();
            out.endObject();
            out.close();
            return text.toString();
        }

        private static void writeStep(JsonWriter out, StepRecord step) throws IOException {
            out.beginObject();
            out.name("id").value(step.id);
            out.name("done").value(step.done);
            out.name("backups");
            writeMap(out, step.backups);
            out.name("index").value(step.index);
            out.name("indexExisted").value(step.indexExisted);
            out.name("refs");
            out.beginArray();
            for (RefRecord ref : step.refs) {
                out.beginObject();
                out.name("ref").value(ref.ref);
                out.name("before").value(ref.before);
                out.name("after").value(ref.after);
                out.name("target").value(ref.target);
                out.name("message").value(ref.message);
                out.endObject();
            }
            out.endArray();
            out.name("checkoutBefore").value(step.checkoutBefore);
            out.name("notes");
            writeMap(out, step.notes);
            out.endObject();
        }

        private static void writeMap(JsonWriter out, Map<String, String> map) throws IOException {
            if (map == null) {
                out.nullValue();
                return;
            }
            out.beginObject();
            for (Map.Entry<String, String> e : map.entrySet()) {
                out.name(e.getKey()).value(e.getValue());
            }
            out.endObject();
        }

        /** The journal read back; null when it is not JSON of the journal's shape. */
        static State read(String text) {
            try {
                return Reader.GSON.fromJson(text, State.class);
            } catch (JsonParseException | IllegalStateException e) {
                return null;
            }
        }

        /** Gson's reflective reading, set up on the first journal read back. */
        static final class Reader {
            static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping()
                    .serializeNulls().create();

            private Reader() {
            }
        }
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
    static final class State {
        int formatVersion;
        String goal;
        String releaseVersion;
        String startVersion;
        String tag;
        String developmentVersion;
        String branchRef;
        String originalHead;
        /** The release instant the run chose, so that a resumed release keeps its dates. */
        String releaseTime;
        /** The components of a monorepo's release; absent for a release of one version. */
        List<ComponentEntry> components;
        long pid;
        String started = Instant.EPOCH.toString();
        List<StepRecord> steps = new ArrayList<>();
    }

    /**
     * One step: whether it finished, its file backups (relative path → backup, null for a file
     * it created), the index backup, the refs it moves and the checkout it replaces.
     */
    static final class StepRecord {
        String id;
        boolean done;
        Map<String, String> backups = new LinkedHashMap<>();
        String index;
        boolean indexExisted;
        List<RefRecord> refs = new ArrayList<>();
        String checkoutBefore;
        /** Facts that are neither files nor refs (null in journals without any). */
        Map<String, String> notes;
    }

    /** A ref a step moves: from {@code before} to {@code after} (null: absent, or not yet known). */
    static final class RefRecord {
        String ref;
        String before;
        String after;
        String target;
        String message;
    }
}
