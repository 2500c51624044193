package io.github.releaseprocess.maven;

import io.github.releaseprocess.components.ComponentGroup;
import java.util.List;

/** One {@code <group>} of {@code <groups>} as Maven fills it; see {@link ComponentGroup}. */
public class GroupSpec {
    /** The group's name, for messages. */
    String id;
    /** The ids of its components, as {@code <member>} elements. */
    List<String> members;
    /** One shared version (true) or each member from its own number (false, default). */
    boolean linked;

    ComponentGroup toGroup() {
        if (id == null || id.isBlank()) {
            throw new io.github.releaseprocess.core.RefusalException("A <group> has no <id>;"
                    + " give each group a name");
        }
        return new ComponentGroup(id.trim(), members == null ? List.of() : members, linked);
    }
}
