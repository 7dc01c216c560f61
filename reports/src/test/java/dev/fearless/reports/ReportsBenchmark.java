package dev.fearless.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import dev.fearless.engine.GateListener;
import dev.fearless.engine.Verdict;

/**
 * Times every report writer on one generated run: {@code java -Xmx256m ... ReportsBenchmark [N] [DIR]} streams N
 * test results (default 50,000) through {@link ReportWriters} (JUnit XML, Markdown, HTML) and writes the verdict
 * with {@link VerdictFile}, as {@link ReportedRun} does, then prints the time and the files' sizes. Run by
 * {@code bench/reports.sh}.
 */
public final class ReportsBenchmark {

    private ReportsBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int tests = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        Path dir = Path.of(args.length > 1 ? args[1] : "target/bench-reports");
        Files.createDirectories(dir);
        ReportWriters.deleteStale(dir);

        long start = System.nanoTime();
        Verdict verdict;
        try (ReportWriters reports = new ReportWriters(dir, name -> null)) {
            verdict = GeneratedRun.play(GateListener.of(reports), tests);
            VerdictFile.write(dir, verdict);
            reports.checkWritten();
        }
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;

        Runtime runtime = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "reports: %d tests -> verdict.json, junit XML, summary.md, report.html in %d ms"
                + " (max heap %d MB)%n", tests, elapsedMs, runtime.maxMemory() / (1024 * 1024));
        try (var files = Files.walk(dir)) {
            files.filter(Files::isRegularFile).sorted().forEach(file -> System.out.printf(Locale.ROOT,
                    "  %-40s %,12d bytes%n", dir.relativize(file), size(file)));
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
