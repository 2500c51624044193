package io.github.releaseprocess.maven;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.Parameter;
import org.apache.maven.plugin.logging.Log;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Applies {@link PluginProperties} to a running goal: reads every goal's properties from the
 * plugin descriptor Maven loaded, refuses a misspelt {@code release-process.*} property, and gives
 * the short aliases ({@code -DdryRun} …) the effect of their {@code release-process.*} names with
 * Maven's precedence (a value in the POM's {@code <configuration>} wins over both, said at WARNING).
 */
final class MojoUserProperties {

    private MojoUserProperties() {
    }

    /**
     * @throws io.github.releaseprocess.core.RefusalException for an unknown property, or an alias
     *     that disagrees with its namespaced form
     */
    static void settle(AbstractMojo mojo, MojoExecution execution, Properties user, Log log) {
        MojoDescriptor running = execution.getMojoDescriptor();
        Map<String, Set<String>> byGoal = new HashMap<>();
        for (MojoDescriptor goal : running.getPluginDescriptor().getMojos()) {
            byGoal.put(goal.getGoal(), declaredProperties(goal));
        }
        new PluginProperties(byGoal).check(user, running.getGoal()).forEach(log::debug);
        Xpp3Dom configuration = execution.getConfiguration();
        for (Parameter parameter : parameters(running)) {
            String name = parameter.getName();
            String property = property(parameter);
            boolean aliased = PluginProperties.ALIASES.contains(name)
                    && (PluginProperties.PREFIX + name).equals(property);
            Optional<String> given = aliased ? PluginProperties.given(user, name)
                    : Optional.ofNullable(property).map(user::getProperty);
            if (given.isEmpty()) {
                continue;
            }
            Xpp3Dom pom = configuration == null ? null : configuration.getChild(name);
            String pomValue = pom == null || pom.getValue() == null ? null : pom.getValue().trim();
            // Untouched by the POM, the execution's configuration holds the ${property} default.
            if (pomValue != null && !pomValue.equals("${" + property + "}")
                    && !pomValue.equals(given.get().trim())) {
                log.warn("-D" + property + " is ignored: the POM sets <" + name + ">" + pomValue
                        + "</" + name + ">, and a value in <configuration> wins over a -D"
                        + " property (docs/configuration.md)");
            } else if (aliased) {
                assign(mojo, name, given.get());
                log.debug("-D" + name + "=" + given.get() + " read as -D" + property);
            }
        }
    }

    private static List<Parameter> parameters(MojoDescriptor mojo) {
        return mojo.getParameters() == null ? List.of() : mojo.getParameters();
    }

    private static Set<String> declaredProperties(MojoDescriptor mojo) {
        Set<String> out = new HashSet<>();
        for (Parameter parameter : parameters(mojo)) {
            String property = property(parameter);
            if (property != null && property.startsWith(PluginProperties.PREFIX)) {
                out.add(property);
            }
        }
        return out;
    }

    /** The user property of a parameter ({@code ${name}} in the descriptor), or null. */
    private static String property(Parameter parameter) {
        String expression = parameter.getExpression();
        if (expression == null || !expression.startsWith("${") || !expression.endsWith("}")) {
            return null;
        }
        return expression.substring(2, expression.length() - 1);
    }

    /** Sets a parameter from its alias, as Maven would have set it from the property. */
    private static void assign(AbstractMojo mojo, String name, String value) {
        for (Class<?> type = mojo.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                if (field.getType() == boolean.class || field.getType() == Boolean.class) {
                    field.set(mojo, value.isBlank() || Boolean.parseBoolean(value.trim()));
                } else {
                    field.set(mojo, value);
                }
                return;
            } catch (NoSuchFieldException e) {
                // declared higher up
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot set parameter " + name, e);
            }
        }
        throw new IllegalStateException("parameter " + name + " has no field");
    }
}
