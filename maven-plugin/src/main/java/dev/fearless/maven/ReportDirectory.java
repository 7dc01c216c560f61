package dev.fearless.maven;

import java.nio.file.Path;

import org.apache.maven.plugin.MojoExecutionException;

import dev.fearless.engine.Verdict;
import dev.fearless.reports.VerdictFile;

/**
 * The verdict file in the gate's report directory. A verdict that cannot be written fails the build: a pipeline
 * that reads {@code verdict.json} must never find an old one.
 */
final class ReportDirectory {

    /** The file the reports module writes the verdict to. */
    static final String VERDICT_FILE = "verdict.json";

    private final Path dir;

    ReportDirectory(Path dir) {
        this.dir = dir;
    }

    Path verdictFile() {
        return dir.resolve(VERDICT_FILE);
    }

    void deleteStaleVerdict() throws MojoExecutionException {
        try {
            VerdictFile.deleteStale(dir);
        } catch (Exception e) { // whatever the reports module throws for I/O: the build cannot go on without it
            throw new MojoExecutionException("Cannot delete the previous verdict in " + dir + ": " + e, e);
        }
    }

    void write(Verdict verdict) throws MojoExecutionException {
        try {
            VerdictFile.write(dir, verdict);
        } catch (Exception e) {
            throw new MojoExecutionException("Cannot write the verdict (" + verdict.decision() + ") to "
                    + verdictFile() + ": " + e, e);
        }
    }
}
