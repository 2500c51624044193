package io.github.releaseprocess.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * A second process writing the ledger, for the compare-and-swap tests. Arguments: the repository,
 * the writer's name, then {@code race DIR} (read the tip, say ready, wait for {@code DIR/go},
 * append once expecting that tip; exit 0 when recorded, 3 on a conflict) or {@code append N}
 * (append N records, retrying).
 */
public final class LedgerWriterProcess {

    public static void main(String[] args) throws Exception {
        Path repository = Path.of(args[0]);
        String name = args[1];
        try (GitLedger ledger = GitLedger.open(repository)) {
            if (args[2].equals("race")) {
                Path dir = Path.of(args[3]);
                Optional<String> tip = ledger.read().tip();
                Files.writeString(dir.resolve("ready-" + name), "ready");
                while (!Files.exists(dir.resolve("go"))) {
                    Thread.sleep(1);
                }
                try {
                    ledger.appendIfUnchanged(record(name, 0), tip);
                    System.exit(0);
                } catch (LedgerConflictException e) {
                    System.exit(3);
                }
            } else {
                int count = Integer.parseInt(args[3]);
                for (int i = 0; i < count; i++) {
                    ledger.append(record(name, i));
                }
            }
        }
    }

    static LedgerRecord record(String writer, int n) {
        return new LedgerRecord("env-" + writer, LedgerRecord.Action.DEPLOY,
                LedgerRecord.Outcome.SUCCEEDED, "1.0." + n, Optional.of("v1.0." + n),
                "0123456789abcdef0123456789abcdef01234567", Instant.parse("2024-05-01T10:00:00Z")
                        .plusSeconds(n), writer, false, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), "recorded by " + writer);
    }
}
