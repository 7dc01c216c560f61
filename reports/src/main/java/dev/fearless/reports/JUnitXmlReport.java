package dev.fearless.reports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import dev.fearless.engine.StepResult;
import dev.fearless.engine.TestResult;

/**
 * {@code junit/TEST-<gate>.<step>.xml}, one file per test step in Surefire's format, so Jenkins, GitLab and GitHub
 * show the gate's tests like any Maven build's.
 *
 * <p>It streams: each test case is written to a temporary body file as it ends, and only the counts are kept. When
 * the step ends, the {@code <testsuite>} element with the counts is written, then the body copied after it, into a
 * temporary file renamed over the report.
 *
 * <p>Mapping: FAILED is a {@code <failure>} (so {@code failures} equals the verdict's {@code failed} and
 * {@code errors} is 0); SKIPPED (disabled) and ABORTED (an assumption failed) are both {@code <skipped>}, the way
 * Surefire reports aborted tests, so {@code skipped} is the verdict's {@code skipped + aborted}. {@code tests}
 * counts every test that ended: {@code passed + failed + aborted + skipped}. What a test printed on its own thread
 * is its {@code <system-out>}, after its failure, as Surefire writes it.
 *
 * <p>Names as Surefire writes them, so that a CI server's test history lines up across plain and gated builds: a
 * method without parameters by its name ({@code adds}, where JUnit's legacy reporting name is {@code adds()}); every
 * other test by that legacy name ({@code adds(int, int)[1]}, {@code factory()[2]}); a class's own failure (its
 * {@code @AfterAll}) with an empty name.
 */
final class JUnitXmlReport implements AutoCloseable {

    static final String DIR = "junit";

    /** The name Surefire gives a test whose JUnit legacy reporting name is {@code name}. */
    static String surefireName(String name) {
        boolean noParameters = name != null && name.endsWith("()") && name.indexOf('(') == name.length() - 2;
        return noParameters ? name.substring(0, name.length() - 2) : name;
    }
    static final String PREFIX = "TEST-";

    private static final String SCHEMA_LOCATION =
            "https://maven.apache.org/surefire/maven-surefire-plugin/xsd/surefire-test-report.xsd";

    private final Path dir;
    private String gate = "gate";
    private Suite suite;

    JUnitXmlReport(Path reportDir) {
        this.dir = reportDir.resolve(DIR);
    }

    /** Deletes the reports and temporary files of an earlier run. */
    static void deleteStale(Path reportDir) throws IOException {
        Path dir = reportDir.resolve(DIR);
        if (!Files.isDirectory(dir)) {
            return;
        }
        AtomicFile.deleteLeftovers(dir);
        try (DirectoryStream<Path> old = Files.newDirectoryStream(dir, PREFIX + "*.xml")) {
            for (Path file : old) {
                Files.deleteIfExists(file);
            }
        }
    }

    void gateStarted(String gateName) {
        gate = gateName;
    }

    /** Adds one test case to its step's suite, opening the suite with the step's first test. */
    void testFinished(String step, TestResult result) throws IOException {
        if (suite == null || !suite.step.equals(step)) {
            close();
            suite = new Suite(step, AtomicFile.tempFile(dir, PREFIX + FileNames.safe(step) + ".body"));
        }
        suite.add(result);
    }

    /**
     * Writes the step's report, or nothing for a step without tests (the {@code static} step, a skipped one).
     *
     * @return the report, or {@code null}
     */
    Path stepFinished(StepResult step) throws IOException {
        if (step.tests() == null && (suite == null || !suite.step.equals(step.name()))) {
            return null;
        }
        if (suite == null || !suite.step.equals(step.name())) {
            // A test step that ran no test (none found, or the fork never started) still gets its empty suite.
            close();
            suite = new Suite(step.name(), AtomicFile.tempFile(dir, PREFIX + FileNames.safe(step.name()) + ".body"));
        }
        try {
            return suite.finish(dir.resolve(PREFIX + FileNames.safe(gate + "." + step.name()) + ".xml"),
                    gate + "." + step.name(), step);
        } finally {
            close();
        }
    }

    /** Deletes an unfinished step's body file. */
    @Override
    public void close() throws IOException {
        if (suite != null) {
            Suite open = suite;
            suite = null;
            open.discard();
        }
    }

    /** One step's suite being written: the body file and the counts for its header. */
    private static final class Suite {
        final String step;
        final Path body;
        // Written by hand, not through StAX: a test case is a line of escaped text, and StAX's writer was the
        // largest part of what the gate's JVM compiled and ran per test, on the cores the tests need.
        private final StringBuilder testcase = new StringBuilder(256);
        private Writer out;
        private long tests;
        private long failures;
        private long skipped;

        Suite(String step, Path body) {
            this.step = step;
            this.body = body;
        }

        void add(TestResult result) throws IOException {
            try {
                write(result);
            } catch (IOException e) {
                throw new IOException("cannot write test " + result.qualifiedName() + " to " + body + ": " + e, e);
            }
        }

        private void write(TestResult result) throws IOException {
            open();
            StringBuilder xml = testcase;
            xml.setLength(0);
            xml.append("  <testcase name=\"");
            XmlText.appendAttribute(xml, surefireName(result.name() == null ? result.displayName() : result.name()));
            xml.append("\" classname=\"");
            XmlText.appendAttribute(xml, result.className());
            appendSeconds(xml.append("\" time=\""), result.durationMs()).append('"');
            switch (result.status()) {
                case PASSED -> {
                    if (result.output() == null) {
                        xml.append("/>\n");
                    } else {
                        xml.append(">\n");
                        appendOutput(xml, result.output());
                        xml.append("  </testcase>\n");
                    }
                }
                case FAILED -> {
                    failures++;
                    xml.append(">\n    <failure message=\"");
                    XmlText.appendAttribute(xml, result.message());
                    xml.append("\" type=\"");
                    XmlText.appendAttribute(xml, result.failureType());
                    xml.append("\">");
                    XmlText.appendText(xml, result.stackTrace() != null ? result.stackTrace() : result.message());
                    xml.append("</failure>\n");
                    appendOutput(xml, result.output());
                    xml.append("  </testcase>\n");
                }
                case ABORTED, SKIPPED -> {
                    skipped++;
                    xml.append(">\n    <skipped");
                    String reason = result.message();
                    if (result.status() == dev.fearless.engine.TestStatus.ABORTED) {
                        reason = reason == null ? "aborted" : "aborted: " + reason;
                    }
                    if (reason != null) {
                        xml.append(" message=\"");
                        XmlText.appendAttribute(xml, reason);
                        xml.append('"');
                    }
                    xml.append("/>\n");
                    appendOutput(xml, result.output());
                    xml.append("  </testcase>\n");
                }
            }
            out.append(xml);
            tests++;
        }

        /** What the test printed, as Surefire reports it: {@code <system-out>} after the failure, if any. */
        private static void appendOutput(StringBuilder xml, String output) {
            if (output != null) {
                xml.append("    <system-out>");
                XmlText.appendText(xml, output);
                xml.append("</system-out>\n");
            }
        }

        Path finish(Path target, String suiteName, StepResult step) throws IOException {
            long durationMs = step.durationMs();
            if (out != null) {
                out.close();
            }
            String header = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<testsuite xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                    + " xsi:noNamespaceSchemaLocation=\"" + SCHEMA_LOCATION + "\" version=\"3.0.2\""
                    + " name=\"" + XmlText.attribute(suiteName) + "\" time=\"" + seconds(durationMs)
                    + "\" tests=\"" + tests + "\" errors=\"0\" skipped=\"" + skipped
                    + "\" failures=\"" + failures + "\">\n" + properties(step);
            return AtomicFile.write(target, file -> {
                file.write(header.getBytes(StandardCharsets.UTF_8));
                if (out != null) {
                    Files.copy(body, file);
                }
                file.write("</testsuite>\n".getBytes(StandardCharsets.UTF_8));
            });
        }

        /**
         * The step's decision and every rule as suite properties: a STOP for a rule no test fails (coverage, too
         * few tests) is still named in the report a CI server shows, without changing the test counts.
         */
        private static String properties(StepResult step) {
            StringBuilder properties = new StringBuilder("  <properties>\n");
            property(properties, "fearless.decision", step.decision().name());
            property(properties, "fearless.reason", step.reason());
            for (dev.fearless.engine.RuleResult rule : step.rules()) {
                property(properties, "fearless.rule." + rule.rule(), (rule.ok() ? "ok: " : "FAIL: ")
                        + rule.message());
            }
            return properties.append("  </properties>\n").toString();
        }

        private static void property(StringBuilder properties, String name, String value) {
            properties.append("    <property name=\"").append(XmlText.attribute(name)).append("\" value=\"")
                    .append(XmlText.attribute(value == null ? "" : value)).append("\"/>\n");
        }

        void discard() throws IOException {
            try {
                if (out != null) {
                    out.close();
                }
            } finally {
                Files.deleteIfExists(body);
            }
        }

        private void open() throws IOException {
            if (out == null) {
                Files.createDirectories(body.getParent());
                // A strict encoder, as Files.newBufferedWriter's: XmlText already replaced what UTF-8 cannot encode.
                out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(body,
                        StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                        StandardCharsets.UTF_8.newEncoder()), 1 << 16);
            }
        }
    }

    /** Milliseconds as Surefire's seconds with three decimals, without {@code String.format}'s cost per test. */
    static String seconds(long millis) {
        return appendSeconds(new StringBuilder(8), millis).toString();
    }

    /**
     * Appends {@link #seconds(long)}. The three decimals are written digit by digit, without a branch on their size:
     * in {@code -XX:+LogCompilation} logs, a branch that a suite of 0 ms tests had never taken made C2 throw away and
     * recompile the gate's whole inlined per-test path the first time a test took 10 ms.
     */
    private static StringBuilder appendSeconds(StringBuilder out, long millis) {
        long ms = Math.max(0, millis);
        int fraction = (int) (ms % 1000);
        return out.append(ms / 1000).append('.').append((char) ('0' + fraction / 100))
                .append((char) ('0' + fraction / 10 % 10)).append((char) ('0' + fraction % 10));
    }
}
