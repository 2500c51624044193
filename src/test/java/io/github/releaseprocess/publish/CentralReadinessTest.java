package io.github.releaseprocess.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.releaseprocess.publish.CentralReadiness.Module;
import io.github.releaseprocess.publish.CentralReadiness.Signing;
import io.github.releaseprocess.testing.Corpus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Central pre-flight's findings: one sentence each, naming the POM file and line and the
 * fix; the lines read from the real POMs of the corpus.
 */
class CentralReadinessTest {

    @TempDir
    Path dir;

    static Module module(Path pom, List<String> metadata, String packaging, boolean jars,
            Signing signing) {
        return new Module(pom, "pom.xml", "com.example", "demo", packaging, metadata, jars, jars,
                signing);
    }

    static List<String> check(Module m, Optional<byte[]> before) throws Exception {
        return CentralReadiness.check(List.of(m), p -> before, p -> p.getFileName().toString());
    }

    @Test
    void shouldNameEachMissingThingWithItsLineAndFix() throws Exception {
        Path pom = dir.resolve("pom.xml");
        Files.writeString(pom, """
                <project>
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>com.example</groupId>
                  <artifactId>demo</artifactId>
                  <version>1.0.0</version>
                  <name>Demo</name>
                  <build>
                    <plugins>
                      <plugin>
                        <artifactId>maven-gpg-plugin</artifactId>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """);

        List<String> findings = check(module(pom, List.of("name", "url", "licenses", "scm"),
                "jar", false, Signing.GPG_PASSPHRASE_IN_POM), Optional.empty());

        assertEquals(List.of(
                "pom.xml:4: <description> is missing from com.example:demo, and Central requires"
                        + " it; add <description>…</description> to this POM or its parent",
                "pom.xml:4: <developers> is missing from com.example:demo, and Central requires"
                        + " it; add <developers><developer><name>…</name></developer></developers>"
                        + " to this POM or its parent",
                "pom.xml:7: no sources jar is built for demo; add maven-source-plugin with the goal"
                        + " jar-no-fork to <build> or the publish profile",
                "pom.xml:7: no javadoc jar is built for demo; add maven-javadoc-plugin with the"
                        + " goal jar to <build> or the publish profile",
                "pom.xml:10: the GPG passphrase of demo is written in the POM; remove"
                        + " <passphrase> and give it through MAVEN_GPG_PASSPHRASE or gpg-agent"),
                findings);
    }

    @Test
    void shouldPassAReadyModuleAndAPomWithoutJars() throws Exception {
        Path pom = dir.resolve("pom.xml");
        Files.writeString(pom, "<project><artifactId>demo</artifactId></project>");
        List<String> all = CentralReadiness.METADATA;

        assertEquals(List.of(), check(module(pom, all, "jar", true, Signing.GPG),
                Optional.empty()));
        assertEquals(List.of(), check(module(pom, all, "pom", false, Signing.SIGSTORE),
                Optional.empty()));
        assertEquals(1, check(module(pom, all, "pom", false, Signing.NONE), Optional.empty())
                .size());
    }

    @Test
    void shouldRefuseCoordinatesThatDifferFromTheLastRelease() throws Exception {
        Path pom = dir.resolve("pom.xml");
        Files.writeString(pom, "<project>\n  <artifactId>demo</artifactId>\n</project>");
        byte[] before = ("<project><parent><groupId>com.example.old</groupId></parent>"
                + "<artifactId>demo</artifactId></project>").getBytes(StandardCharsets.UTF_8);

        List<String> findings = check(module(pom, CentralReadiness.METADATA, "pom", false,
                Signing.GPG), Optional.of(before));

        assertEquals(List.of("pom.xml:2: the coordinates com.example:demo differ from the last"
                + " release's com.example.old:demo; users of it would not get this release: keep"
                + " the coordinates, or relocate the old ones with"
                + " <distributionManagement><relocation>"), findings);
    }

    /** Every finding on every real POM of the corpus names the line its element is on. */
    @Test
    void shouldNameTheRightLinesOfTheCorpusPoms() throws Exception {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Path pom : Corpus.files("poms")) {
            Map<String, Integer> lines = CentralReadiness.lines(pom);
            if (!lines.containsKey("artifactId")) {
                continue; // not a POM StAX reads (an encoding test, a broken one)
            }
            checked++;
            List<String> source = Files.readAllLines(pom, StandardCharsets.ISO_8859_1);
            for (Map.Entry<String, Integer> e : lines.entrySet()) {
                String line = source.get(e.getValue() - 1);
                if (!line.contains("<" + e.getKey()) && !line.contains(e.getKey())) {
                    wrong.add(pom.getFileName() + ":" + e.getValue() + " is not <" + e.getKey()
                            + ">: " + line.trim());
                }
            }
            List<String> present = new ArrayList<>(lines.keySet());
            present.retainAll(CentralReadiness.METADATA);
            List<String> findings = CentralReadiness.check(List.of(module(pom, present, "jar",
                    true, Signing.GPG)), p -> Optional.empty(), p -> "pom.xml");
            assertEquals(CentralReadiness.METADATA.size() - present.size(), findings.size(),
                    pom + ": " + findings);
            for (String finding : findings) {
                assertTrue(finding.startsWith("pom.xml:" + lines.get("artifactId") + ": <"),
                        finding);
            }
        }
        assertTrue(checked > 20, "only " + checked + " corpus POMs read");
        assertEquals(List.of(), wrong);
    }
}
