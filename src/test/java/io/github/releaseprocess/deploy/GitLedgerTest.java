package io.github.releaseprocess.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.testing.ChildJvm;
import io.github.releaseprocess.testing.GitScenario;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.TreeFormatter;
import org.eclipse.jgit.transport.RefSpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ledger on a real repository:
 * <pre>
 * * c0ffee1 (tag: v1.0.0, main) feat: a        refs/release-process/ledger: r1 ← r2 ← …
 * </pre>
 */
class GitLedgerTest {

    @TempDir
    Path dir;

    private Path repo;

    @BeforeEach
    void repository() {
        repo = dir.resolve("repo");
        try (GitScenario git = GitScenario.init(repo)) {
            git.commit("feat: a").tag("v1.0.0");
        }
    }

    private static LedgerRecord record(String env, String version, LedgerRecord.Outcome outcome,
            int second) {
        return new LedgerRecord(env, LedgerRecord.Action.DEPLOY, outcome, version,
                Optional.of("v" + version), "0123456789abcdef0123456789abcdef01234567",
                Instant.parse("2024-05-01T10:00:00Z").plusSeconds(second), "ann", false,
                Optional.empty(), Optional.of("0.9.0"),
                Optional.of(Deployer.rollbackCommand(env, "0.9.0")),
                Optional.of(new HealthReport(true, 3, 1, Optional.of(12L), Optional.of(40L),
                        "fine")), "deployed");
    }

    @Test
    void shouldReadAnEmptyLedgerWhenTheRefDoesNotExist() throws Exception {
        try (GitLedger ledger = GitLedger.open(repo)) {
            LedgerSnapshot snapshot = ledger.read();
            assertTrue(snapshot.tip().isEmpty());
            assertTrue(snapshot.records().isEmpty());
        }
    }

    @Test
    void shouldAppendRecordsInOrderAndReadThemBackExactly() throws Exception {
        LedgerRecord first = record("staging", "1.0.0", LedgerRecord.Outcome.PLANNED, 0);
        LedgerRecord second = record("staging", "1.0.0", LedgerRecord.Outcome.SUCCEEDED, 5);
        try (GitLedger ledger = GitLedger.open(repo)) {
            String tip1 = ledger.append(first);
            String tip2 = ledger.appendIfUnchanged(second, Optional.of(tip1));
            LedgerSnapshot snapshot = ledger.read();
            assertEquals(Optional.of(tip2), snapshot.tip());
            assertEquals(List.of(first, second), snapshot.records());
        }
        // The ledger never touches branches or HEAD.
        try (Git git = Git.open(repo.toFile())) {
            assertEquals("main", git.getRepository().getBranch());
            assertEquals(1, countCommits(git, "main"));
            assertEquals(2, countCommits(git, GitLedger.REF));
        }
    }

    @Test
    void shouldLetOnlyOneOfTwoThreadsRecordFromTheSameTip() throws Exception {
        int rounds = 10;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < rounds; round++) {
                Optional<String> tip;
                try (GitLedger reader = GitLedger.open(repo)) {
                    tip = reader.read().tip();
                }
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Boolean>> results = new ArrayList<>();
                for (int t = 0; t < 2; t++) {
                    int writer = t;
                    int r = round;
                    results.add(pool.submit(() -> {
                        try (GitLedger ledger = GitLedger.open(repo)) {
                            start.await();
                            ledger.appendIfUnchanged(record("env-" + writer, "1.0." + r,
                                    LedgerRecord.Outcome.PLANNED, r), tip);
                            return true;
                        } catch (LedgerConflictException e) {
                            return false;
                        }
                    }));
                }
                start.countDown();
                int won = 0;
                for (Future<Boolean> result : results) {
                    won += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
                }
                assertEquals(1, won, "round " + round);
            }
        } finally {
            pool.shutdownNow();
        }
        try (GitLedger ledger = GitLedger.open(repo)) {
            assertEquals(rounds, ledger.read().records().size());
        }
    }

    @Test
    void shouldLoseNoRecordWhenTwoThreadsAppendConcurrently() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                int writer = t;
                done.add(pool.submit(() -> {
                    try (GitLedger ledger = GitLedger.open(repo)) {
                        for (int i = 0; i < 25; i++) {
                            ledger.append(record("env-" + writer, "1.0." + i,
                                    LedgerRecord.Outcome.SUCCEEDED, i));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        try (GitLedger ledger = GitLedger.open(repo)) {
            DeploymentHistory history = ledger.read().history();
            assertEquals(25, history.of("env-0").size());
            assertEquals(25, history.of("env-1").size());
            // Each writer's records stay in its own order.
            assertEquals("1.0.24", history.current("env-0").get().version());
        }
    }

    @Test
    void shouldLetOnlyOneOfTwoProcessesRecordFromTheSameTip() throws Exception {
        Path sync = Files.createDirectory(dir.resolve("sync"));
        Process a = writer("a", "race", sync.toString());
        Process b = writer("b", "race", sync.toString());
        long deadline = System.currentTimeMillis() + 60_000;
        while (!(Files.exists(sync.resolve("ready-a")) && Files.exists(sync.resolve("ready-b")))) {
            assertTrue(System.currentTimeMillis() < deadline, "writers did not start");
            assertTrue(a.isAlive() || a.exitValue() == 0, "writer a died");
            Thread.sleep(10);
        }
        Files.writeString(sync.resolve("go"), "go");
        assertTrue(a.waitFor(60, TimeUnit.SECONDS) && b.waitFor(60, TimeUnit.SECONDS));
        List<Integer> exits = List.of(a.exitValue(), b.exitValue());
        assertTrue(exits.contains(0) && exits.contains(3), "exit codes " + exits + ": "
                + new String(a.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        try (GitLedger ledger = GitLedger.open(repo)) {
            assertEquals(1, ledger.read().records().size());
        }
    }

    @Test
    void shouldLoseNoRecordWhenTwoProcessesAppendConcurrently() throws Exception {
        Process a = writer("a", "append", "15");
        Process b = writer("b", "append", "15");
        assertTrue(a.waitFor(120, TimeUnit.SECONDS) && b.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, a.exitValue(), new String(a.getInputStream().readAllBytes(),
                StandardCharsets.UTF_8));
        assertEquals(0, b.exitValue());
        try (GitLedger ledger = GitLedger.open(repo)) {
            DeploymentHistory history = ledger.read().history();
            assertEquals(15, history.of("env-a").size());
            assertEquals(15, history.of("env-b").size());
        }
    }

    private Process writer(String name, String mode, String arg) throws Exception {
        return new ProcessBuilder(ChildJvm.command(
                LedgerWriterProcess.class, repo.toString(), name, mode, arg))
                .redirectErrorStream(true).start();
    }

    @Test
    void shouldRefuseACorruptRecordWithASentence() throws Exception {
        try (GitLedger ledger = GitLedger.open(repo)) {
            ledger.append(record("staging", "1.0.0", LedgerRecord.Outcome.SUCCEEDED, 0));
        }
        String bad;
        try (Git git = Git.open(repo.toFile())) {
            bad = writeRawRecord(git.getRepository(), "{\"schema\":1,\"environment\":\"staging\"");
        }
        try (GitLedger ledger = GitLedger.open(repo)) {
            RefusalException e = assertThrows(RefusalException.class, ledger::read);
            assertTrue(e.getMessage().startsWith("The deployment ledger refs/release-process/"
                    + "ledger is corrupt at " + bad.substring(0, 10) + ": record.json is not a"
                    + " valid record"), e.getMessage());
            assertTrue(e.getMessage().contains("git update-ref refs/release-process/ledger "
                    + bad.substring(0, 10) + "^"), e.getMessage());
        }
    }

    @Test
    void shouldRefuseARecordWithAMissingField() throws Exception {
        try (Git git = Git.open(repo.toFile())) {
            writeRawRecord(git.getRepository(), "{\"schema\":1,\"environment\":\"staging\","
                    + "\"action\":\"deploy\",\"outcome\":\"succeeded\"}");
        }
        try (GitLedger ledger = GitLedger.open(repo)) {
            RefusalException e = assertThrows(RefusalException.class, ledger::read);
            assertTrue(e.getMessage().contains("field version is missing"), e.getMessage());
        }
    }

    @Test
    void shouldShowTheSameStatusInACloneThatFetchedTheLedger() throws Exception {
        try (GitLedger ledger = GitLedger.open(repo)) {
            ledger.append(record("staging", "1.0.0", LedgerRecord.Outcome.SUCCEEDED, 0));
            ledger.append(record("production", "1.0.0", LedgerRecord.Outcome.SUCCEEDED, 9));
        }
        Path clone = dir.resolve("clone");
        try (Git git = Git.cloneRepository().setURI(repo.toUri().toString())
                .setDirectory(clone.toFile()).call()) {
            git.fetch().setRefSpecs(new RefSpec("+" + GitLedger.REF + ":" + GitLedger.REF))
                    .call();
        }
        List<String> here;
        List<String> there;
        try (GitLedger a = GitLedger.open(repo); GitLedger b = GitLedger.open(clone)) {
            here = new StatusReport(a.read(), List.of("staging", "production"), Optional.empty())
                    .lines();
            there = new StatusReport(b.read(), List.of("staging", "production"), Optional.empty())
                    .lines();
            assertEquals(a.read().tip(), b.read().tip());
        }
        assertEquals(here, there);
        assertTrue(there.get(0).startsWith("staging     1.0.0  since 2024-05-01T10:00:00Z  healthy"),
                there.get(0));
    }

    private static String writeRawRecord(Repository repository, String json) throws Exception {
        ObjectId parent = repository.resolve(GitLedger.REF);
        ObjectId commitId;
        try (ObjectInserter inserter = repository.newObjectInserter()) {
            ObjectId blob = inserter.insert(Constants.OBJ_BLOB, json.getBytes(StandardCharsets.UTF_8));
            TreeFormatter tree = new TreeFormatter();
            tree.append(GitLedger.RECORD_FILE, FileMode.REGULAR_FILE, blob);
            CommitBuilder commit = new CommitBuilder();
            commit.setTreeId(inserter.insert(tree));
            if (parent != null) {
                commit.setParentId(parent);
            }
            PersonIdent who = new PersonIdent("x", "x@example.invalid");
            commit.setAuthor(who);
            commit.setCommitter(who);
            commit.setMessage("hand-made\n");
            commitId = inserter.insert(commit);
            inserter.flush();
        }
        RefUpdate update = repository.updateRef(GitLedger.REF);
        update.setNewObjectId(commitId);
        update.forceUpdate();
        return commitId.name();
    }

    private static int countCommits(Git git, String ref) throws Exception {
        int n = 0;
        for (var ignored : git.log().add(git.getRepository().resolve(ref)).call()) {
            n++;
        }
        return n;
    }

    @Test
    void shouldNotCountAnUnfinishedPlanAsWhatRuns() {
        DeploymentHistory history = new DeploymentHistory(List.of(
                record("prod", "1.0.0", LedgerRecord.Outcome.SUCCEEDED, 0),
                record("prod", "1.1.0", LedgerRecord.Outcome.PLANNED, 1)));
        assertEquals("1.0.0", history.current("prod").get().version());
        assertTrue(history.unfinished("prod").isPresent());
        assertFalse(history.lastGood("prod", "1.0.0").isPresent());
    }
}
