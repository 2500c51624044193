package io.github.releaseprocess.components;

import java.util.List;
import java.util.Objects;

/**
 * Components released together ({@code <groups><group>}).
 *
 * @param id the group's name, for messages
 * @param members the ids of its components
 * @param linked true: one shared version, the highest next version among the members;
 *     false: each member bumped from its own number by the largest level in the group
 */
public record ComponentGroup(String id, List<String> members, boolean linked) {

    public ComponentGroup {
        Objects.requireNonNull(id, "id");
        members = List.copyOf(members);
    }
}
