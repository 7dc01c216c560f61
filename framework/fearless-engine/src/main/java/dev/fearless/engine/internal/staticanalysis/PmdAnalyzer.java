package dev.fearless.engine.internal.staticanalysis;

import java.nio.file.Path;
import java.util.List;

import dev.fearless.engine.FindingCounts;

/** The engine's own analyzer, used when the {@code static} step names no report: PMD's Java API. */
public final class PmdAnalyzer {

    private PmdAnalyzer() {
    }

    /**
     * Analyzes the Java sources under {@code sourceRoots} with PMD's quickstart rules, writes PMD's XML report to
     * {@code reportFile} and returns the findings. No source root with a Java file is an exception: nothing analyzed
     * is never zero findings.
     */
    public static FindingCounts analyze(List<Path> sourceRoots, List<Path> auxClasspath, Path reportFile)
            throws StaticAnalysisException {
        throw new UnsupportedOperationException("TODO");
    }
}
