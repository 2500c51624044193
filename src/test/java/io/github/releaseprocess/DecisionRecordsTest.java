package io.github.releaseprocess;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/decisions/README.md} lists every decision record, and each record's heading carries
 * its own number (the index is read by people looking for why the code is as it is).
 */
class DecisionRecordsTest {

    @Test
    void shouldListEveryRecordInTheIndexUnderItsOwnNumber() throws IOException {
        Path dir = Path.of("docs/decisions");
        String index = Files.readString(dir.resolve("README.md"), StandardCharsets.UTF_8);
        List<String> wrong = new ArrayList<>();
        List<Path> records;
        try (Stream<Path> files = Files.list(dir)) {
            records = files.filter(p -> p.getFileName().toString().matches("\\d{4}-.*\\.md"))
                    .sorted().toList();
        }
        for (Path record : records) {
            String name = record.getFileName().toString();
            String number = name.substring(0, 4);
            if (!index.contains("(" + name + ")")) {
                wrong.add("docs/decisions/README.md does not list " + name);
            }
            String heading = Files.readAllLines(record, StandardCharsets.UTF_8).get(0);
            if (!heading.startsWith("# " + number + " ")) {
                wrong.add(name + " is headed '" + heading + "', not '# " + number + " — …'");
            }
        }
        assertTrue(records.size() >= 11, "records not found in " + dir);
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }
}
