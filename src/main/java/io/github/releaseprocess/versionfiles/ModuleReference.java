package io.github.releaseprocess.versionfiles;

import io.github.releaseprocess.core.Required;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A place where the POM of one reactor module names another module of the same reactor: what a
 * release of the named module has to rewrite, and what makes the first module depend on it.
 *
 * @param pom the POM that holds the reference
 * @param displayName that POM's path relative to the reactor root, for messages
 * @param kind how the module is referenced
 * @param from the {@code groupId:artifactId} of the module whose POM holds the reference
 * @param target the {@code groupId:artifactId} of the referenced module
 * @param version the version text as written (e.g. {@code 1.2.0-SNAPSHOT} or
 *     {@code ${gax.version}}), or null when the reference gives none (managed elsewhere)
 * @param line the 1-based line of the version element, or of the reference when it has none
 * @param property when the version is a single {@code ${name}} expression: the property
 */
public record ModuleReference(Path pom, String displayName, Kind kind, String from, String target,
        String version, int line, Optional<PropertyLocation> property) {

    /** How a POM references a module. */
    public enum Kind {
        /** {@code <parent>}. */
        PARENT,
        /** {@code <dependencies><dependency>}. */
        DEPENDENCY,
        /** {@code <dependencyManagement><dependencies><dependency>} (not an import). */
        MANAGED_DEPENDENCY,
        /** A BOM: a managed dependency with {@code <scope>import</scope>}. */
        IMPORTED_BOM,
        /** {@code <plugins><plugin>}. */
        PLUGIN,
        /** {@code <pluginManagement><plugins><plugin>}. */
        MANAGED_PLUGIN,
        /** {@code <extensions><extension>}. */
        EXTENSION
    }

    /**
     * The definition of a property that holds a module's version.
     *
     * @param name the property name, e.g. {@code gax.version}
     * @param pom the POM whose {@code <properties>} define it (the referencing POM or one of its
     *     parents in the reactor), or {@code .mvn/maven.config}
     * @param displayName that file's path relative to the reactor root
     * @param line the 1-based line of the definition
     * @param value its value as written
     */
    public record PropertyLocation(String name, Path pom, String displayName, int line,
            String value) {
    }

    public ModuleReference {
        Required.nonNull("pom kind from target property", pom, kind, from, target, property);
    }

    /** {@code pom.xml:12 (dependency on com.example:lib)}, for messages. */
    public String describe() {
        return displayName + ":" + line + " (" + kind.name().toLowerCase(java.util.Locale.ROOT)
                .replace('_', ' ') + " " + target + property.map(p -> " through ${" + p.name()
                        + "}").orElse("") + ")";
    }
}
