package io.github.releaseprocess.api;

import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.semver.Version;
import japicmp.cmp.JApiCmpArchive;
import japicmp.cmp.JarArchiveComparator;
import japicmp.cmp.JarArchiveComparatorOptions;
import japicmp.config.Options;
import japicmp.model.AccessModifier;
import japicmp.model.JApiAnnotation;
import japicmp.model.JApiBehavior;
import japicmp.model.JApiChangeStatus;
import japicmp.model.JApiClass;
import japicmp.model.JApiCompatibility;
import japicmp.model.JApiCompatibilityChange;
import japicmp.model.JApiConstructor;
import japicmp.model.JApiField;
import japicmp.model.JApiHasAccessModifier;
import japicmp.model.JApiImplementedInterface;
import japicmp.model.JApiMethod;
import japicmp.model.JApiSemanticVersionLevel;
import japicmp.model.JApiSuperclass;
import japicmp.output.Filter;
import japicmp.output.OutputFilter;
import japicmp.util.ModifierHelper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compares two jars with japicmp, as its command line does ({@code --only-modified}, public and
 * protected API, synthetic members left out, classes missing from the class path ignored), and
 * turns the result into an {@link ApiReport}. Thread-safe: every call has its own comparator.
 */
public final class ApiComparator {

    private final List<String> excludes;

    /**
     * @param excludes japicmp's exclude expressions: packages ({@code com.acme.internal},
     *     {@code com.acme.internal.*}), classes, members ({@code com.acme.Foo#bar()}) and
     *     annotations by their fully qualified name ({@code @com.google.common.annotations.Beta})
     * @throws RefusalException when an expression is blank or holds a {@code ;}
     */
    public ApiComparator(List<String> excludes) {
        for (String exclude : excludes) {
            if (exclude == null || exclude.isBlank() || exclude.contains(";")) {
                throw new RefusalException("<apiExcludes> holds '" + exclude + "', which is not"
                        + " one japicmp exclude: give one package (com.acme.internal), class,"
                        + " member (com.acme.Foo#bar()) or annotation (@com.acme.Beta) per"
                        + " <apiExclude>");
            }
            if (exclude.strip().startsWith("@") && !exclude.contains(".")) {
                // japicmp compares annotation names in full: "@Beta" would silently match nothing.
                throw new RefusalException("<apiExcludes> holds '" + exclude.strip() + "': name"
                        + " the annotation in full, e.g. @com.google.common.annotations.Beta or"
                        + " @com.google.api.core.InternalApi");
            }
        }
        this.excludes = excludes.stream().map(String::strip).toList();
    }

    /**
     * Compares the baseline's jar with the candidate's.
     *
     * @param baselineName names the baseline in the report, e.g. {@code com.acme:lib:1.2.3}
     * @param candidateName names the candidate in the report
     * @throws RefusalException when a jar does not exist
     */
    public ApiReport compare(Path baseline, String baselineName, Path candidate,
            String candidateName) {
        for (Path jar : List.of(baseline, candidate)) {
            if (!Files.isRegularFile(jar)) {
                throw new RefusalException("The API check has no jar at " + jar + " to compare");
            }
        }
        Options options = Options.newDefault();
        options.setAccessModifier(AccessModifier.PROTECTED);
        options.setOutputOnlyModifications(true);
        options.setIncludeSynthetic(false);
        // Types from dependencies are not on japicmp's class path; only the jars' own API counts.
        options.setIgnoreMissingClasses(true);
        if (!excludes.isEmpty()) {
            options.addExcludeFromArgument(Optional.of(String.join(";", excludes)), false);
        }
        JarArchiveComparator comparator = new JarArchiveComparator(
                JarArchiveComparatorOptions.of(options));
        List<JApiClass> classes = comparator.compare(
                new JApiCmpArchive(baseline.toFile(), "baseline"),
                new JApiCmpArchive(candidate.toFile(), "candidate"));
        int compared = classes.size();
        new OutputFilter(options).filter(classes);
        Collector collector = new Collector();
        Filter.filter(classes, collector);
        List<ApiChange> changes = new ArrayList<>(collector.incompatible);
        changes.addAll(collector.added);
        Version.Level level = !collector.incompatible.isEmpty() ? Version.Level.MAJOR
                : !collector.added.isEmpty() ? Version.Level.MINOR : Version.Level.PATCH;
        return new ApiReport(baselineName, candidateName, level, changes, compared);
    }

    /** Collects the incompatible changes and the additions of the API, once per element. */
    private static final class Collector implements Filter.FilterVisitor {
        final Set<ApiChange> incompatible = new LinkedHashSet<>();
        final Set<ApiChange> added = new LinkedHashSet<>();
        /** The class whose members are visited now: japicmp visits a class, then its members. */
        private JApiClass current;

        @Override
        public void visit(Iterator<JApiClass> iterator, JApiClass type) {
            current = type;
            if (!isApi(type)) {
                return;
            }
            if (type.getChangeStatus() == JApiChangeStatus.NEW) {
                added.add(new ApiChange(type.getFullyQualifiedName(), "", "CLASS_ADDED", true,
                        true, Version.Level.MINOR));
                return;
            }
            collect(type, type, "");
        }

        @Override
        public void visit(Iterator<JApiMethod> iterator, JApiMethod method) {
            behavior(method, method.getName(), "METHOD_ADDED");
        }

        @Override
        public void visit(Iterator<JApiConstructor> iterator, JApiConstructor constructor) {
            behavior(constructor, "<init>", "CONSTRUCTOR_ADDED");
        }

        @Override
        public void visit(Iterator<JApiImplementedInterface> iterator,
                JApiImplementedInterface implemented) {
            if (memberOfChangedApiClass(current)) {
                collect(current, implemented, "");
            }
        }

        @Override
        public void visit(Iterator<JApiField> iterator, JApiField field) {
            JApiClass owner = field.getjApiClass();
            if (!memberOfChangedApiClass(owner) || !ModifierHelper.matchesModifierLevel(field,
                    AccessModifier.PROTECTED)) {
                return;
            }
            if (!collect(owner, field, field.getName())
                    && field.getChangeStatus() == JApiChangeStatus.NEW) {
                added.add(new ApiChange(owner.getFullyQualifiedName(), field.getName(),
                        "FIELD_ADDED", true, true, Version.Level.MINOR));
            }
        }

        @Override
        public void visit(Iterator<JApiAnnotation> iterator, JApiAnnotation annotation) {
            // Annotation changes are reported on the element that carries them.
        }

        @Override
        public void visit(JApiSuperclass superclass) {
            JApiClass owner = superclass.getJApiClassOwning();
            if (memberOfChangedApiClass(owner)) {
                collect(owner, superclass, "");
            }
        }

        private void behavior(JApiBehavior behavior, String name, String addedChange) {
            JApiClass owner = behavior.getjApiClass();
            if (!memberOfChangedApiClass(owner) || !ModifierHelper.matchesModifierLevel(behavior,
                    AccessModifier.PROTECTED)) {
                return;
            }
            String member = name + "(" + behavior.getParameters().stream()
                    .map(p -> p.getType()).collect(Collectors.joining(", ")) + ")";
            if (!collect(owner, behavior, member)
                    && behavior.getChangeStatus() == JApiChangeStatus.NEW) {
                added.add(new ApiChange(owner.getFullyQualifiedName(), member, addedChange, true,
                        true, Version.Level.MINOR));
            }
        }

        /** Adds the element's changes; true when one of them is incompatible. */
        private boolean collect(JApiClass owner, JApiCompatibility element, String member) {
            boolean broken = false;
            for (JApiCompatibilityChange change : element.getCompatibilityChanges()) {
                boolean binary = change.isBinaryCompatible();
                boolean source = change.isSourceCompatible();
                String type = change.getType().name();
                if (!binary || !source) {
                    broken = true;
                    incompatible.add(new ApiChange(owner.getFullyQualifiedName(), member, type,
                            binary, source, Version.Level.MAJOR));
                } else if (change.getSemanticVersionLevel() == JApiSemanticVersionLevel.MINOR
                        && !type.startsWith("METHOD_ADDED") && !type.startsWith("ANNOTATION")) {
                    // Added members are reported once, as *_ADDED, by their own visit.
                    added.add(new ApiChange(owner.getFullyQualifiedName(), member, type, true,
                            true, Version.Level.MINOR));
                }
            }
            return broken;
        }

        /** A class in the API (public or protected, now or before). */
        private static boolean isApi(JApiHasAccessModifier type) {
            return ModifierHelper.matchesModifierLevel(type, AccessModifier.PROTECTED);
        }

        /**
         * True for a member of an API class that existed before and still does: the members of
         * an added or removed class are covered by the class's own entry.
         */
        private static boolean memberOfChangedApiClass(JApiClass owner) {
            return owner != null && isApi(owner)
                    && owner.getChangeStatus() != JApiChangeStatus.NEW
                    && owner.getChangeStatus() != JApiChangeStatus.REMOVED;
        }
    }
}
