package io.github.releaseprocess.maven;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.Parameter;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.descriptor.PluginDescriptorBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated goal help ({@code mvn release-process:help -Ddetail}, from the plugin
 * descriptor) and the pages in {@code docs/} must tell the same story. Every parameter of a goal
 * has a row {@code | `name` | user property | default | meaning |} on the goal's page or, for
 * the settings several goals share, in {@code docs/configuration.md}; the row gives the user
 * property and the default that the descriptor has. A goal page lists no parameter its goal does
 * not declare, and its line "Shared settings this goal reads" names exactly the goal's parameters
 * that are documented in {@code docs/configuration.md}.
 */
class GoalDocsTest {

    private static final Path SHARED_PAGE = Path.of("docs/configuration.md");
    private static final String SHARED_LINE = "Shared settings this goal reads";
    private static final Pattern NAME = Pattern.compile("`([A-Za-z]+)`");

    private static PluginDescriptor plugin;

    @BeforeAll
    static void readDescriptor() throws Exception {
        Path file = Path.of("target/classes/META-INF/maven/plugin.xml");
        assertTrue(Files.exists(file), "plugin descriptor not generated: " + file);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            plugin = new PluginDescriptorBuilder().build(reader);
        }
    }

    @Test
    void shouldDocumentEveryParameterWithTheUserPropertyAndDefaultOfThePluginDescriptor()
            throws Exception {
        List<String> wrong = new ArrayList<>();
        Map<String, Row> shared = rows(SHARED_PAGE, wrong);
        Set<String> declaredAnywhere = new TreeSet<>();
        int goals = 0;
        for (MojoDescriptor mojo : plugin.getMojos()) {
            if (mojo.getGoal().equals("help")) {
                continue;
            }
            goals++;
            Path page = Path.of("docs/goals", mojo.getGoal() + ".md");
            if (!Files.exists(page)) {
                wrong.add(page + " is missing");
                continue;
            }
            Map<String, Row> own = rows(page, wrong);
            Set<String> declared = new TreeSet<>();
            Set<String> fromShared = new TreeSet<>();
            for (Parameter parameter : editable(mojo)) {
                String name = parameter.getName();
                declared.add(name);
                Row row = own.get(name);
                if (shared.containsKey(name)) {
                    fromShared.add(name);
                    check(parameter, shared.get(name), mojo.getGoal(), wrong);
                }
                if (row != null) {
                    check(parameter, row, mojo.getGoal(), wrong);
                } else if (!shared.containsKey(name)) {
                    wrong.add(page + " does not document parameter `" + name + "` (nor does "
                            + SHARED_PAGE + ")");
                }
            }
            declaredAnywhere.addAll(declared);
            for (String name : own.keySet()) {
                if (!declared.contains(name)) {
                    wrong.add(page + " documents `" + name + "`, which " + mojo.getGoal()
                            + " does not declare (mvn release-process:help -Ddetail -Dgoal="
                            + mojo.getGoal() + " does not list it)");
                }
            }
            Set<String> named = sharedLine(page, wrong);
            if (named != null && !named.equals(fromShared)) {
                wrong.add(page + ": \"" + SHARED_LINE + "\" names " + named + ", but the goal"
                        + " reads " + fromShared + " of " + SHARED_PAGE);
            }
        }
        for (String name : shared.keySet()) {
            if (!declaredAnywhere.contains(name)) {
                wrong.add(SHARED_PAGE + " documents `" + name + "`, which no goal declares");
            }
        }
        assertTrue(goals > 0, "no goals in the descriptor");
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    /** The user property and the default of a row, against the descriptor's. */
    private static void check(Parameter parameter, Row row, String goal, List<String> wrong) {
        String expression = parameter.getExpression();
        String where = row.where() + " (" + goal + " `" + parameter.getName() + "`)";
        if (expression != null && expression.startsWith("${")) {
            String property = expression.substring(2, expression.length() - 1);
            if (!row.property().startsWith("`" + property + "`")) {
                wrong.add(where + ": user property is `" + property + "`, the row says "
                        + row.property());
            }
        } else if (!row.property().contains("POM only")) {
            wrong.add(where + ": has no user property, the row should say (POM only), not "
                    + row.property());
        }
        String given = row.defaultValue();
        String plain = given.replace("`", "").strip();
        String value = parameter.getDefaultValue();
        if (value != null) {
            if (!plain.equals(value)) {
                wrong.add(where + ": default is " + value + ", the row says " + given);
            }
        } else if (plain.isEmpty() || plain.matches("true|false|-?\\d+")) {
            wrong.add(where + ": has no default value, so the row must say what happens without"
                    + " it (none, the preset's, …), not \"" + given + "\"");
        }
    }

    private static List<Parameter> editable(MojoDescriptor mojo) {
        List<Parameter> out = new ArrayList<>();
        for (Parameter p : mojo.getParameters() == null ? List.<Parameter>of()
                : mojo.getParameters()) {
            if (p.isEditable()) {
                out.add(p);
            }
        }
        return out;
    }

    /** The rows of the page's tables headed {@code | parameter | user property | default | …}. */
    private static Map<String, Row> rows(Path page, List<String> wrong) throws IOException {
        Map<String, Row> rows = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
        boolean inTable = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("| parameter | user property | default |")) {
                inTable = true;
                continue;
            }
            if (!line.startsWith("|")) {
                inTable = false;
            }
            if (!inTable || line.startsWith("|---")) {
                continue;
            }
            String[] cells = line.substring(1).split("(?<!\\\\)\\|", -1);
            String where = page + ":" + (i + 1);
            Matcher name = NAME.matcher(cells[0].strip());
            if (cells.length < 4 || !name.matches()) {
                wrong.add(where + ": a parameter row names one parameter in backticks and has"
                        + " four cells: " + line);
                continue;
            }
            rows.put(name.group(1), new Row(where, cells[1].strip(), cells[2].strip()));
        }
        return rows;
    }

    /** The names on the page's "Shared settings this goal reads" line. */
    private static Set<String> sharedLine(Path page, List<String> wrong) throws IOException {
        String text = Files.readString(page, StandardCharsets.UTF_8).replace("\n", " ");
        int at = text.indexOf(SHARED_LINE);
        if (at < 0) {
            wrong.add(page + " has no line \"" + SHARED_LINE + " ([configuration](…)): `…`.\"");
            return null;
        }
        int end = text.indexOf(". ", at);
        String sentence = text.substring(at, end < 0 ? text.length() : end);
        sentence = sentence.substring(sentence.indexOf(':') + 1);
        Set<String> names = new TreeSet<>();
        Matcher m = NAME.matcher(sentence);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private record Row(String where, String property, String defaultValue) {
    }
}
