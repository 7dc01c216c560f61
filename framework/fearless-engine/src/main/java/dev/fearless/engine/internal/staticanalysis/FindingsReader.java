package dev.fearless.engine.internal.staticanalysis;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apiguardian.api.API;

import dev.fearless.engine.FindingCounts;

/**
 * Reads a SARIF 2.1.0, Checkstyle, PMD or SpotBugs report into counts by severity. The format is told by the content,
 * never by the file name: a JSON object is SARIF, an XML document by its root element ({@code <checkstyle>},
 * {@code <pmd>}, {@code <BugCollection>}).
 *
 * <pre>{@code
 * FindingCounts counts = FindingsReader.read(Path.of("target/pmd.xml"));
 * long critical = counts.get(Severity.CRITICAL);
 * }</pre>
 *
 * <h2>Severities</h2>
 * <table>
 * <caption>How each format's levels map to Fearless severities</caption>
 * <tr><th>Format</th><th>Value in the report</th><th>Severity</th></tr>
 * <tr><td rowspan="5">SARIF 2.1.0: the result's {@code level}, else its rule's
 * {@code defaultConfiguration.level}, else {@code warning} (the spec's default; {@code none} when the result's
 * {@code kind} is not {@code fail})</td>
 * <td>{@code error}</td><td>ERROR</td></tr>
 * <tr><td>{@code warning}</td><td>MAJOR</td></tr>
 * <tr><td>{@code note}</td><td>MINOR</td></tr>
 * <tr><td>{@code none}</td><td>INFO</td></tr>
 * <tr><td>{@code properties.security-severity} of the result, else of its rule, &ge; 7.0 (whatever the level)</td>
 * <td>CRITICAL</td></tr>
 * <tr><td rowspan="4">Checkstyle: {@code <error severity>}</td><td>{@code error}</td><td>ERROR</td></tr>
 * <tr><td>{@code warning}</td><td>MAJOR</td></tr>
 * <tr><td>{@code info}</td><td>INFO</td></tr>
 * <tr><td>{@code ignore}</td><td>not counted</td></tr>
 * <tr><td rowspan="5">PMD: {@code <violation priority>}</td><td>1</td><td>ERROR</td></tr>
 * <tr><td>2</td><td>CRITICAL</td></tr>
 * <tr><td>3</td><td>MAJOR</td></tr>
 * <tr><td>4</td><td>MINOR</td></tr>
 * <tr><td>5</td><td>INFO</td></tr>
 * <tr><td rowspan="7">SpotBugs: {@code <BugInstance rank>} (1 is the scariest); without a rank, its
 * {@code priority}</td>
 * <td>rank 1&ndash;4</td><td>ERROR</td></tr>
 * <tr><td>rank 5&ndash;9</td><td>CRITICAL</td></tr>
 * <tr><td>rank 10&ndash;14</td><td>MAJOR</td></tr>
 * <tr><td>rank 15&ndash;20</td><td>MINOR</td></tr>
 * <tr><td>priority 1</td><td>CRITICAL</td></tr>
 * <tr><td>priority 2</td><td>MAJOR</td></tr>
 * <tr><td>priority 3</td><td>MINOR</td></tr>
 * </table>
 *
 * <p>Also counted, as ERROR: a file the analyzer failed to process (PMD's {@code <error>}, Checkstyle's
 * {@code <exception>}, SpotBugs' {@code <Errors><Error>}) and a PMD rule that could not run ({@code <configerror>});
 * code that was not analyzed is not clean. A SARIF run whose invocation says {@code executionSuccessful: false} is an
 * error of the report, for the same reason. Not counted: SARIF results of kind {@code pass} or {@code notApplicable},
 * SARIF results whose suppressions are all accepted or whose {@code baselineState} is {@code absent} (fixed since the
 * baseline), SARIF tool notifications and SpotBugs' missing classes (diagnostics of the tool's class path, not
 * findings in the code). A SARIF result without a level takes the one its rule's
 * {@code ruleConfigurationOverrides} set, else its rule's default.
 *
 * <p>Fails closed with a {@link StaticAnalysisException} that names the file: missing, empty, malformed or truncated
 * ({@code file:line:column} from the parser), an unknown format, a SARIF version other than 2.1.0, a SARIF run without
 * a {@code results} array, a report of nothing (a Checkstyle report without a {@code <file>}, a SpotBugs report
 * without a bug and without analyzed classes in its {@code <FindBugsSummary>}), or a level, priority or rank not in
 * the table.
 */
@API(status = INTERNAL, since = "0.1")
public final class FindingsReader {

    private static final int SNIFF_BYTES = 64 * 1024;

    private FindingsReader() {
    }

    /** The findings in {@code report}; a missing, truncated or unknown file is an exception naming it. */
    public static FindingCounts read(Path report) throws StaticAnalysisException {
        if (!Files.exists(report)) {
            throw new StaticAnalysisException("static-analysis report " + report + " does not exist; run the analyzer"
                    + " first, or fix the path under the static step's reports:");
        }
        if (!Files.isRegularFile(report)) {
            throw new StaticAnalysisException("static-analysis report " + report
                    + " is not a file; give the report file under the static step's reports:");
        }
        return switch (firstSignificantChar(report)) {
            case '{', '[' -> SarifReport.read(report);
            case '<' -> XmlReport.read(report);
            case 0 -> throw new StaticAnalysisException("static-analysis report " + report
                    + " is empty: the analyzer did not finish; run it again");
            default -> throw unknownFormat(report, "it is neither JSON nor XML");
        };
    }

    /** The first character that is not a byte-order mark or white space, or 0 when there is none. */
    private static char firstSignificantChar(Path report) throws StaticAnalysisException {
        byte[] head;
        try (InputStream in = Files.newInputStream(report)) {
            head = in.readNBytes(SNIFF_BYTES);
        } catch (IOException e) {
            throw unreadable(report, e);
        }
        Charset charset = StandardCharsets.UTF_8;
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
        } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
        }
        String text = new String(head, charset);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\uFEFF' && !Character.isWhitespace(c)) {
                return c;
            }
        }
        return head.length == SNIFF_BYTES ? '?' : 0;
    }

    static StaticAnalysisException unknownFormat(Path report, String why) {
        return new StaticAnalysisException("static-analysis report " + report
                + " is not a SARIF 2.1.0, Checkstyle, PMD or SpotBugs report (" + why
                + "); configure the analyzer to write one of these");
    }

    static StaticAnalysisException malformed(Path report, String position, String parserMessage, Throwable cause) {
        return new StaticAnalysisException("static-analysis report " + report + position + " is malformed ("
                + parserMessage + "): the analyzer did not finish writing it; run it again", cause);
    }

    static StaticAnalysisException badValue(Path report, String position, String message, Throwable cause) {
        return new StaticAnalysisException("static-analysis report " + report + position + ": " + message, cause);
    }

    static StaticAnalysisException unreadable(Path report, IOException e) {
        return new StaticAnalysisException("cannot read static-analysis report " + report + " (" + e
                + "); check its permissions", e);
    }
}
