package io.github.releaseprocess.components;

import io.github.releaseprocess.history.ChangedPathWalk;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which component owns a path: the one with the longest matching path (its folder, or one of its
 * extra {@code paths}), unless that component excludes the path, in which case the next longest
 * match owns it. A nested component's folder thus leaves its parent's. Indices are positions in
 * the list of components given.
 */
final class PathOwnership implements ChangedPathWalk.PathRouter {

    /** Component indices by the path (prefix) they own. */
    private final Map<String, List<Integer>> owners = new HashMap<>();
    /** Component indices by the path they exclude. */
    private final Map<String, List<Integer>> excludes = new HashMap<>();
    /** Every proper ancestor folder of an owned or excluded path: entering them tells apart. */
    private final Set<String> mixed = new HashSet<>();

    PathOwnership(List<Component> components) {
        for (int i = 0; i < components.size(); i++) {
            Component c = components.get(i);
            for (String p : c.allPaths()) {
                owners.computeIfAbsent(p, k -> new ArrayList<>()).add(i);
                addAncestors(p);
            }
            for (String p : c.excludePaths()) {
                excludes.computeIfAbsent(p, k -> new ArrayList<>()).add(i);
                addAncestors(p);
            }
        }
    }

    private void addAncestors(String path) {
        if (path.isEmpty()) {
            return;
        }
        mixed.add("");
        for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
            mixed.add(path.substring(0, slash));
        }
    }

    @Override
    public int ownerOfFile(String path) {
        // From the path itself up to the root: the first (longest) owner not excluding it.
        Set<Integer> excluded = null;
        String p = path;
        while (true) {
            List<Integer> ex = excludes.get(p);
            if (ex != null) {
                if (excluded == null) {
                    excluded = new HashSet<>();
                }
                excluded.addAll(ex);
            }
            List<Integer> own = owners.get(p);
            if (own != null) {
                for (int i : own) {
                    if (excluded == null || !excluded.contains(i)) {
                        return i;
                    }
                }
            }
            if (p.isEmpty()) {
                return NONE;
            }
            int slash = p.lastIndexOf('/');
            p = slash < 0 ? "" : p.substring(0, slash);
        }
    }

    @Override
    public int ownerOfFolder(String folder) {
        if (mixed.contains(folder)) {
            return MIXED;
        }
        return ownerOfFile(folder);
    }
}
