package dev.fearless.engine.internal.coverage;

import java.nio.file.Path;
import java.util.List;

import dev.fearless.engine.CoverageRatios;

/** Computes line, branch and instruction coverage with JaCoCo's core API, the way JaCoCo's own report does. */
public final class CoverageAnalyzer {

    private CoverageAnalyzer() {
    }

    /**
     * The coverage of the classes in {@code classLocations} (folders or jars) by the execution data in
     * {@code execFile}. Fails closed: a missing, empty or corrupt file, no classes, or execution data that matches
     * none of the classes (or mismatches some) is a {@link CoverageException} naming the file, never a made-up ratio.
     */
    public static CoverageRatios analyze(Path execFile, List<Path> classLocations) throws CoverageException {
        throw new UnsupportedOperationException("TODO");
    }
}
