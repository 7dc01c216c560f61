package dev.fearless.engine.internal.coverage;

import java.util.ArrayList;
import java.util.List;

import org.jacoco.core.analysis.IClassCoverage;
import org.jacoco.core.analysis.ICoverageVisitor;
import org.jacoco.core.data.ExecutionDataStore;
import org.jacoco.core.runtime.WildcardMatcher;

/**
 * Sits between JaCoCo's {@code Analyzer} and the {@code CoverageBuilder} and drops every class whose name matches
 * one of the {@code coverage.exclude} patterns, so the builder, and with it every ratio and package, sees the other
 * classes only, exactly as if the excluded class files were absent.
 *
 * <p>Patterns are the JaCoCo agent's: dotted binary names, {@code *} for any characters (dots included), {@code ?}
 * for one. A nested class is matched by its own name, {@code com.example.Foo$Bar}, so {@code *.Foo} leaves it in
 * and {@code *.Foo*} takes it out too, as with JaCoCo's own includes and excludes.
 */
final class ClassExclusion implements ICoverageVisitor {

    private final List<String> patterns;
    private final WildcardMatcher matcher;
    private final ICoverageVisitor next;
    // Only the ids: the checks need no more, and an excluded class's coverage tree is not kept.
    private final List<Long> excludedIds = new ArrayList<>();
    private int kept;

    ClassExclusion(List<String> patterns, ICoverageVisitor next) {
        this.patterns = List.copyOf(patterns);
        // The agent's own syntax: its option joins the patterns with ':' into one matcher, and so do we.
        this.matcher = new WildcardMatcher(String.join(":", this.patterns));
        this.next = next;
    }

    @Override
    public void visitCoverage(IClassCoverage coverage) {
        if (!patterns.isEmpty() && matcher.matches(coverage.getName().replace('/', '.'))) {
            excludedIds.add(coverage.getId());
            return;
        }
        kept++;
        next.visitCoverage(coverage);
    }

    List<String> patterns() {
        return patterns;
    }

    /** Whether there were classes and every one of them was excluded. */
    boolean excludedAll() {
        return kept == 0 && !excludedIds.isEmpty();
    }

    /**
     * Whether {@code executionData} holds data for this very build of an excluded class: such data shows that the
     * class locations are the ones the tests ran against, even when the tests touched no class that is measured.
     */
    boolean anyExcludedRecordedIn(ExecutionDataStore executionData) {
        return excludedIds.stream().anyMatch(id -> executionData.get(id) != null);
    }
}
