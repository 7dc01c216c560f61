package dev.fearless.engine.internal.staticanalysis;

import java.nio.file.Path;

import dev.fearless.engine.FindingCounts;

/** Reads a SARIF 2.1.0, Checkstyle, PMD or SpotBugs report, recognised by its content, into counts by severity. */
public final class FindingsReader {

    private FindingsReader() {
    }

    /** The findings in {@code report}; a missing, truncated or unknown file is an exception naming it. */
    public static FindingCounts read(Path report) throws StaticAnalysisException {
        throw new UnsupportedOperationException("TODO");
    }
}
