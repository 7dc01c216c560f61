package dev.fearless.fork;

import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.discovery.ClassNameFilter;

/** The step's include and exclude class name patterns as one JUnit filter (see {@link ClassNamePatterns}). */
final class ClassNameSelection implements ClassNameFilter {

    private final ClassNamePatterns includes;
    private final ClassNamePatterns excludes;

    ClassNameSelection(ClassNamePatterns includes, ClassNamePatterns excludes) {
        this.includes = includes;
        this.excludes = excludes;
    }

    /** Whether the class is selected: included (or there is no include pattern) and not excluded. */
    boolean selects(String className) {
        return (includes.isEmpty() || includes.matches(className)) && !excludes.matches(className);
    }

    @Override
    public FilterResult apply(String className) {
        return FilterResult.includedIf(selects(className), () -> "matches the step's class name patterns",
                () -> "does not match the step's class name patterns");
    }
}
