package io.github.releaseprocess.maven;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.releaseprocess.components.ComponentConfig;
import io.github.releaseprocess.core.RefusalException;
import org.junit.jupiter.api.Test;

/** A setting that names components, in a project with and without them. */
class ComponentSelectionTest {

    @Test
    void shouldRefuseASettingThatNamesComponentsWhenTheProjectConfiguresNone() {
        ComponentConfig none = ComponentSettings.config(null, null, "single", "patch", false);
        RefusalException e = assertThrows(RefusalException.class,
                () -> ComponentSelection.requireComponents(none,
                        "-Drelease-process.only=gax names components"));
        assertEquals("-Drelease-process.only=gax names components, and this project configures"
                + " none; configure <components> or <versioning>independent</versioning> (see"
                + " docs/guides/monorepo.md)", e.getMessage());
    }

    @Test
    void shouldAcceptItWhenEveryVersionedModuleIsAComponent() {
        ComponentConfig independent = ComponentSettings.config(null, null, "independent", "patch",
                false);
        assertDoesNotThrow(() -> ComponentSelection.requireComponents(independent, "any"));
    }
}
