package io.github.releaseprocess.publish;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The Central pre-flight ({@code gates.central}): what Maven Central requires of each published
 * module, checked before anything is tagged. Each finding is one sentence that names the POM file
 * and line and the fix. The facts come from Maven's effective model (read by the Mojo); the lines
 * from the POM file itself, read with a StAX parser that resolves no entity and reads no DTD.
 */
public final class CentralReadiness {

    /** The metadata Central requires, in the order it is checked. */
    static final List<String> METADATA = List.of("name", "description", "url", "licenses",
            "developers", "scm");

    private CentralReadiness() {
    }

    /** How the gate acts: {@code off}, {@code warn} or {@code require}. */
    public enum Mode {
        OFF, WARN, REQUIRE;

        /** Parses the POM value; null or blank is {@code off}. */
        public static Mode parse(String value) {
            if (value == null || value.isBlank()) {
                return OFF;
            }
            try {
                return valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new io.github.releaseprocess.core.RefusalException("<gates><central>" + value
                        + "</central> is not a mode; use off, warn or require");
            }
        }
    }

    /** How the release artifacts are signed, as far as the POM tells. */
    public enum Signing {
        /** maven-gpg-plugin; the passphrase from the environment or gpg-agent. */
        GPG,
        /** maven-gpg-plugin with a literal {@code <passphrase>} in the POM: a secret in git. */
        GPG_PASSPHRASE_IN_POM,
        /** sigstore-maven-plugin. */
        SIGSTORE,
        NONE
    }

    /**
     * What the effective model says about one module that is published.
     *
     * @param pom the module's POM file
     * @param relativePom its path from the repository's root, '/'-separated
     * @param groupId the effective groupId
     * @param artifactId the artifactId
     * @param packaging {@code jar}, {@code pom}, {@code maven-plugin} …
     * @param metadata the metadata elements the effective model has (inherited ones count)
     * @param sourcesJar maven-source-plugin runs a {@code jar} goal in the build or a publish
     *     profile
     * @param javadocJar maven-javadoc-plugin runs its {@code jar} goal there
     * @param signing how the artifacts are signed
     */
    public record Module(Path pom, String relativePom, String groupId, String artifactId,
            String packaging, List<String> metadata, boolean sourcesJar, boolean javadocJar,
            Signing signing) {

        public Module {
            Objects.requireNonNull(pom, "pom");
            metadata = List.copyOf(metadata);
        }

        boolean hasJars() {
            return !packaging.equals("pom");
        }
    }

    /**
     * The gate's settings and what it checks.
     *
     * @param mode off, warn or require
     * @param modules the modules that are published (those that are not skipped)
     */
    public record Settings(Mode mode, List<Module> modules) {
        public Settings {
            Objects.requireNonNull(mode, "mode");
            modules = List.copyOf(modules);
        }

        /** The gate switched off. */
        public static Settings off() {
            return new Settings(Mode.OFF, List.of());
        }
    }

    /**
     * Checks the modules.
     *
     * @param previousPom the bytes of a module's POM at the last release, by relative path;
     *     empty when there was none
     * @param display how a POM file is shown (relative to the project)
     */
    public static List<String> check(List<Module> modules,
            java.util.function.Function<String, Optional<byte[]>> previousPom,
            java.util.function.Function<Path, String> display) throws IOException {
        List<String> findings = new ArrayList<>();
        for (Module m : modules) {
            Map<String, Integer> lines = lines(m.pom());
            String file = display.apply(m.pom());
            int anchor = lines.getOrDefault("artifactId", 1);
            for (String element : METADATA) {
                if (!m.metadata().contains(element)) {
                    findings.add(file + ":" + anchor + ": <" + element + "> is missing from "
                            + m.groupId() + ":" + m.artifactId() + ", and Central requires it;"
                            + " add " + example(element) + " to this POM or its parent");
                }
            }
            if (m.hasJars()) {
                int build = lines.getOrDefault("build", anchor);
                if (!m.sourcesJar()) {
                    findings.add(file + ":" + build + ": no sources jar is built for "
                            + m.artifactId() + "; add maven-source-plugin with the goal"
                            + " jar-no-fork to <build> or the publish profile");
                }
                if (!m.javadocJar()) {
                    findings.add(file + ":" + build + ": no javadoc jar is built for "
                            + m.artifactId() + "; add maven-javadoc-plugin with the goal jar to"
                            + " <build> or the publish profile");
                }
            }
            int signingLine = lines.getOrDefault("maven-gpg-plugin", lines.getOrDefault("build",
                    anchor));
            switch (m.signing()) {
                case NONE -> findings.add(file + ":" + signingLine + ": the artifacts of "
                        + m.artifactId() + " are not signed, and Central requires signatures;"
                        + " add maven-gpg-plugin (goal sign, passphrase from MAVEN_GPG_PASSPHRASE"
                        + " or gpg-agent) or sigstore-maven-plugin to the publish profile");
                case GPG_PASSPHRASE_IN_POM -> findings.add(file + ":" + signingLine + ": the"
                        + " GPG passphrase of " + m.artifactId() + " is written in the POM;"
                        + " remove <passphrase> and give it through MAVEN_GPG_PASSPHRASE or"
                        + " gpg-agent");
                default -> {
                }
            }
            Optional<byte[]> before = previousPom.apply(m.relativePom());
            if (before.isPresent()) {
                Map<String, String> old = coordinates(before.get());
                String oldGroup = old.getOrDefault("groupId", old.get("parent.groupId"));
                String oldArtifact = old.get("artifactId");
                if (oldArtifact != null && (!oldArtifact.equals(m.artifactId())
                        || (oldGroup != null && !oldGroup.equals(m.groupId())))) {
                    findings.add(file + ":" + anchor + ": the coordinates " + m.groupId() + ":"
                            + m.artifactId() + " differ from the last release's " + oldGroup
                            + ":" + oldArtifact + "; users of it would not get this release:"
                            + " keep the coordinates, or relocate the old ones with"
                            + " <distributionManagement><relocation>");
                }
            }
        }
        return findings;
    }

    private static String example(String element) {
        return switch (element) {
            case "licenses" -> "<licenses><license><name>…</name><url>…</url></license></licenses>";
            case "developers" -> "<developers><developer><name>…</name></developer></developers>";
            case "scm" -> "<scm><url>…</url><connection>scm:git:…</connection></scm>";
            default -> "<" + element + ">…</" + element + ">";
        };
    }

    /**
     * The line of each top-level element of the POM (children of {@code <project>}), and of the
     * first {@code <artifactId>maven-gpg-plugin</artifactId>}.
     */
    static Map<String, Integer> lines(Path pom) throws IOException {
        Map<String, Integer> lines = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(pom)) {
            XMLStreamReader xml = factory().createXMLStreamReader(in);
            int depth = 0;
            String last = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    last = xml.getLocalName();
                    if (depth == 2) {
                        lines.putIfAbsent(last, xml.getLocation().getLineNumber());
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                } else if (event == XMLStreamConstants.CHARACTERS && "artifactId".equals(last)
                        && xml.getText().trim().equals("maven-gpg-plugin")) {
                    lines.putIfAbsent("maven-gpg-plugin", xml.getLocation().getLineNumber());
                }
            }
        } catch (XMLStreamException e) {
            // A POM Maven read but StAX cannot: the findings point at line 1.
        }
        return lines;
    }

    /** The groupId, artifactId and parent groupId of a POM's text. */
    static Map<String, String> coordinates(byte[] pom) {
        Map<String, String> out = new LinkedHashMap<>();
        try {
            XMLStreamReader xml = factory().createXMLStreamReader(
                    new java.io.ByteArrayInputStream(pom));
            List<String> path = new ArrayList<>();
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    path.add(xml.getLocalName());
                    String joined = String.join("/", path);
                    if (joined.equals("project/groupId") || joined.equals("project/artifactId")) {
                        out.put(xml.getLocalName(), xml.getElementText().trim());
                        path.remove(path.size() - 1);
                    } else if (joined.equals("project/parent/groupId")) {
                        out.put("parent.groupId", xml.getElementText().trim());
                        path.remove(path.size() - 1);
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    path.remove(path.size() - 1);
                }
            }
        } catch (XMLStreamException e) {
            return Map.of();
        }
        return out;
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }
}
