package io.github.releaseprocess.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.Parameter;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.descriptor.PluginDescriptorBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;

/**
 * Each goal declares only what it uses (issue 14, item 6): the generated plugin descriptor, which
 * {@code help -Ddetail} prints, is compared with what the compiled goal reads, and with the
 * parameters 0.1.x declared, whose names, user properties and defaults users' POMs rely on.
 */
class GoalParametersTest {

    private static PluginDescriptor plugin;

    @BeforeAll
    static void readDescriptor() throws Exception {
        Path file = Path.of("target/classes/META-INF/maven/plugin.xml");
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            plugin = new PluginDescriptorBuilder().build(reader);
        }
    }

    /**
     * Follows the calls a goal makes on itself from {@code execute()} (virtual calls dispatched
     * on the goal's class, lambdas and inner classes included) and collects the fields they read;
     * a declared parameter outside that set is one the goal ignores.
     */
    @Test
    void shouldReadEveryParameterItDeclares() throws Exception {
        List<String> unread = new ArrayList<>();
        for (MojoDescriptor mojo : goals()) {
            Set<String> read = new Reads(Class.forName(mojo.getImplementation())).fromExecute();
            for (Parameter parameter : parameters(mojo)) {
                if (!read.contains(parameter.getName())) {
                    unread.add(mojo.getGoal() + " declares " + parameter.getName()
                            + " but never reads it");
                }
            }
        }
        assertTrue(unread.isEmpty(), String.join("\n", unread));
    }

    /**
     * Users' POMs and command lines keep working: a parameter that 0.1.x declared keeps its
     * user property, default and type on every goal that still declares it, and a parameter a
     * goal no longer declares is still a parameter of another goal, so that one plugin-level
     * {@code <configuration>} serves all goals (Maven passes a goal only its own parameters and
     * warns only of a name that no goal of the plugin knows).
     */
    @Test
    void shouldKeepTheUserPropertyAndDefaultOfEveryParameterOfVersion01() throws Exception {
        Map<String, Map<String, Parameter>> now = new HashMap<>();
        for (MojoDescriptor mojo : goals()) {
            Map<String, Parameter> byName = new HashMap<>();
            parameters(mojo).forEach(p -> byName.put(p.getName(), p));
            now.put(mojo.getGoal(), byName);
        }
        List<String> changed = new ArrayList<>();
        int rows = 0;
        for (String line : Files.readAllLines(Path.of(
                "src/test/resources/io/github/releaseprocess/maven/parameters-0.1.tsv"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            rows++;
            String[] cells = line.split("\t");
            String goal = cells[0];
            String name = cells[1];
            String then = cells[2] + " " + cells[3] + " " + cells[4];
            Parameter declared = now.getOrDefault(goal, Map.of()).get(name);
            if (declared != null) {
                if (!then.equals(describe(declared))) {
                    changed.add(goal + " " + name + ": was " + then + ", is " + describe(declared));
                }
                continue;
            }
            boolean elsewhere = now.values().stream().map(m -> m.get(name))
                    .anyMatch(p -> p != null && then.equals(describe(p)));
            if (!elsewhere) {
                changed.add(goal + " " + name + " (" + then + ") is no goal's parameter any more");
            }
        }
        assertEquals(184, rows, "the 0.1 list was read whole");
        assertTrue(changed.isEmpty(), String.join("\n", changed));
    }

    private static String describe(Parameter p) {
        return Objects.requireNonNullElse(p.getExpression(), "-") + " "
                + Objects.requireNonNullElse(p.getDefaultValue(), "-") + " " + p.getType();
    }

    static List<MojoDescriptor> goals() {
        return plugin.getMojos().stream().filter(m -> !m.getGoal().equals("help")).toList();
    }

    private static List<Parameter> parameters(MojoDescriptor mojo) {
        return mojo.getParameters() == null ? List.of() : mojo.getParameters();
    }

    /** The fields of its own class hierarchy that a goal's code reads, found in its bytecode. */
    private static final class Reads {

        private static final String ADAPTER = "io/github/releaseprocess/maven/";

        private final List<ClassNode> hierarchy = new ArrayList<>();
        private final Map<String, ClassNode> classes = new HashMap<>();
        private final ClassLoader loader;

        Reads(Class<?> mojo) throws IOException {
            loader = mojo.getClassLoader();
            for (Class<?> c = mojo; c.getName().startsWith("io.github.releaseprocess");
                    c = c.getSuperclass()) {
                hierarchy.add(node(c.getName().replace('.', '/')));
            }
        }

        Set<String> fromExecute() throws IOException {
            Set<String> read = new TreeSet<>();
            Set<String> seen = new HashSet<>();
            Deque<String[]> work = new ArrayDeque<>();
            work.add(new String[] {null, "execute", "()V"});
            while (!work.isEmpty()) {
                String[] call = work.poll();
                MethodNode method = null;
                String owner = null;
                for (ClassNode c : candidates(call[0])) {
                    for (MethodNode m : c.methods) {
                        if (m.name.equals(call[1]) && m.desc.equals(call[2])
                                && (m.access & Opcodes.ACC_ABSTRACT) == 0) {
                            method = m;
                            owner = c.name;
                            break;
                        }
                    }
                    if (method != null) {
                        break;
                    }
                }
                if (method == null || !seen.add(owner + "." + method.name + method.desc)) {
                    continue;
                }
                for (AbstractInsnNode insn : method.instructions) {
                    if (insn instanceof FieldInsnNode f && f.getOpcode() == Opcodes.GETFIELD
                            && ours(f.owner)) {
                        read.add(f.name);
                    } else if (insn instanceof MethodInsnNode m
                            && (ours(m.owner) || m.owner.startsWith(ADAPTER))) {
                        // A helper of the adapter may read a goal's fields when given the goal.
                        boolean virtual = m.getOpcode() == Opcodes.INVOKEVIRTUAL
                                && isHierarchy(m.owner);
                        work.add(new String[] {virtual ? null : m.owner, m.name, m.desc});
                    } else if (insn instanceof InvokeDynamicInsnNode d) {
                        for (Object arg : d.bsmArgs) {
                            if (arg instanceof Handle h && ours(h.getOwner())) {
                                work.add(new String[] {h.getOwner(), h.getName(), h.getDesc()});
                            }
                        }
                    } else if (insn instanceof TypeInsnNode t && t.getOpcode() == Opcodes.NEW
                            && nested(t.desc)) {
                        // An inner class (an anonymous Reporter): all its code may run.
                        for (MethodNode m : node(t.desc).methods) {
                            work.add(new String[] {t.desc, m.name, m.desc});
                        }
                    }
                }
            }
            return read;
        }

        /** Where a call is looked up: from the goal's class, or from the named class upward. */
        private List<ClassNode> candidates(String owner) throws IOException {
            if (owner == null) {
                return hierarchy;
            }
            for (int i = 0; i < hierarchy.size(); i++) {
                if (hierarchy.get(i).name.equals(owner)) {
                    return hierarchy.subList(i, hierarchy.size());
                }
            }
            return List.of(node(owner));
        }

        private boolean isHierarchy(String name) {
            return hierarchy.stream().anyMatch(c -> c.name.equals(name));
        }

        private boolean nested(String name) {
            return hierarchy.stream().anyMatch(c -> name.startsWith(c.name + "$"));
        }

        private boolean ours(String name) {
            return isHierarchy(name) || nested(name);
        }

        private ClassNode node(String internalName) throws IOException {
            ClassNode cached = classes.get(internalName);
            if (cached != null) {
                return cached;
            }
            try (InputStream in = loader.getResourceAsStream(internalName + ".class")) {
                ClassNode node = new ClassNode();
                new ClassReader(Objects.requireNonNull(in, internalName)).accept(node, 0);
                classes.put(internalName, node);
                return node;
            }
        }
    }
}
