package io.github.releaseprocess.maven;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.releaseprocess.components.ComponentConfig;
import io.github.releaseprocess.core.RefusalException;
import java.util.List;
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

    @Test
    void shouldReleaseTheComponentPrepareIsGivenAsOnlyWouldWithOneId() {
        ComponentConfig independent = ComponentSettings.config(null, null, "independent", "patch",
                false);
        assertEquals(List.of("app"), ComponentSelection.releasedByPrepare(null, "app", independent));
        assertEquals(List.of("app"), ComponentSelection.releasedByPrepare("app", "app", independent));
        assertEquals(List.of("app", "lib"),
                ComponentSelection.releasedByPrepare("app, lib", " ", independent));
        assertEquals(List.of(), ComponentSelection.releasedByPrepare(null, null, independent));
    }

    @Test
    void shouldRefuseAComponentAndAnOnlyThatDisagree() {
        ComponentConfig independent = ComponentSettings.config(null, null, "independent", "patch",
                false);
        RefusalException e = assertThrows(RefusalException.class,
                () -> ComponentSelection.releasedByPrepare("lib", "app", independent));
        assertEquals("-Drelease-process.component=app and -Drelease-process.only=lib name"
                + " different components; give prepare one of them (only takes several ids)",
                e.getMessage());
        ComponentConfig none = ComponentSettings.config(null, null, "single", "patch", false);
        assertThrows(RefusalException.class,
                () -> ComponentSelection.releasedByPrepare(null, "app", none));
    }
}
