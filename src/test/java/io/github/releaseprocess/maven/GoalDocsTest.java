package io.github.releaseprocess.maven;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The generated goal help ({@code mvn release-process:help -Ddetail}) and the goal pages in
 * {@code docs/goals/} must tell the same story: every goal has a page, and the page names every
 * parameter of the goal and its user property. The settings every goal shares (declared in the
 * base Mojo) are documented once, in {@code docs/configuration.md}.
 */
class GoalDocsTest {

    @Test
    void shouldDocumentEveryGoalAndParameterOfThePluginDescriptor() throws Exception {
        Path descriptor = Path.of("target/classes/META-INF/maven/plugin.xml");
        assertTrue(Files.exists(descriptor), "plugin descriptor not generated: " + descriptor);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(descriptor.toFile());
        List<String> missing = new ArrayList<>();
        Path sharedPage = Path.of("docs/configuration.md");
        String shared = Files.readString(sharedPage, StandardCharsets.UTF_8);
        java.util.Set<String> sharedNames = new java.util.HashSet<>();
        for (java.lang.reflect.Field field : AbstractReleaseProcessMojo.class.getDeclaredFields()) {
            sharedNames.add(field.getName());
        }
        int goals = 0;
        NodeList mojos = doc.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            String goal = text(mojo, "goal");
            if (goal.equals("help")) {
                continue;
            }
            goals++;
            Path page = Path.of("docs/goals", goal + ".md");
            if (!Files.exists(page)) {
                missing.add(page + " is missing");
                continue;
            }
            String docs = Files.readString(page, StandardCharsets.UTF_8);
            NodeList parameters = ((Element) mojo.getElementsByTagName("parameters").item(0))
                    .getElementsByTagName("parameter");
            for (int p = 0; p < parameters.getLength(); p++) {
                Element parameter = (Element) parameters.item(p);
                if (text(parameter, "editable").equals("false")) {
                    continue;
                }
                String name = text(parameter, "name");
                boolean isShared = sharedNames.contains(name);
                if (!(isShared ? shared : docs).contains("`" + name + "`")) {
                    missing.add((isShared ? sharedPage : page) + " does not name parameter `"
                            + name + "`");
                }
            }
            NodeList configuration = mojo.getElementsByTagName("configuration");
            if (configuration.getLength() > 0) {
                NodeList values = configuration.item(0).getChildNodes();
                for (int c = 0; c < values.getLength(); c++) {
                    String expression = values.item(c).getTextContent().trim();
                    if (expression.startsWith("${") && !expression.startsWith("${project")
                            && !expression.startsWith("${session") && !expression.startsWith("${mojo")
                            && !expression.startsWith("${settings")) {
                        String property = expression.substring(2, expression.length() - 1);
                        String name = values.item(c).getNodeName();
                        String text = sharedNames.contains(name) ? shared : docs;
                        if (!text.contains("`" + property + "`")) {
                            missing.add(page + " does not name user property `" + property + "`");
                        }
                    }
                }
            }
        }
        assertTrue(goals > 0, "no goals in the descriptor");
        assertTrue(missing.isEmpty(), String.join("\n", missing));
    }

    private static String text(Element parent, String child) {
        NodeList nodes = parent.getElementsByTagName(child);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().trim();
    }
}
