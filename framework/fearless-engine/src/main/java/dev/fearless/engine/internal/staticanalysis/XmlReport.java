package dev.fearless.engine.internal.staticanalysis;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import dev.fearless.engine.FindingCounts;
import dev.fearless.engine.Severity;

/**
 * Counts the findings of a Checkstyle, PMD or SpotBugs XML report, streamed with StAX, the format told by the root
 * element. The whole document is read even after the last finding, so a truncated file is always noticed. DTDs and
 * external entities are off: a report is data, it must not make us read other files or the network.
 */
final class XmlReport {

    private XmlReport() {
    }

    static FindingCounts read(Path file) throws StaticAnalysisException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            try {
                return count(file, xml);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw FindingsReader.malformed(file, position(e.getLocation()), parserMessage(e), e);
        } catch (IOException e) {
            throw FindingsReader.unreadable(file, e);
        }
    }

    private static FindingCounts count(Path file, XMLStreamReader xml)
            throws XMLStreamException, StaticAnalysisException {
        Format format = null;
        FindingCounts counts = FindingCounts.NONE;
        boolean analyzedSomething = false;
        int depth = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (depth == 1) {
                    format = Format.ofRoot(file, xml.getLocalName());
                    continue;
                }
                try {
                    Optional<Severity> severity = format.finding(xml, depth);
                    if (severity.isPresent()) {
                        counts = counts.plus(severity.get());
                    }
                    analyzedSomething |= severity.isPresent() || format.showsAnalysis(xml, depth);
                } catch (IllegalArgumentException e) {
                    throw FindingsReader.badValue(file, position(xml.getLocation()), e.getMessage(), e);
                }
            }
        }
        if (format != null && format.nothingAnalyzed != null && !analyzedSomething) {
            throw new StaticAnalysisException("static-analysis report " + file + " " + format.nothingAnalyzed
                    + ": a report of nothing is not a clean result; check what the analyzer was given to analyze");
        }
        return counts;
    }

    /** The three XML formats and which of their elements are findings. */
    private enum Format {
        CHECKSTYLE("checkstyle", "lists no checked file") {
            @Override
            boolean showsAnalysis(XMLStreamReader xml, int depth) {
                // Checkstyle lists every file it checked, with or without errors.
                return depth == 2 && xml.getLocalName().equals("file");
            }

            @Override
            Optional<Severity> finding(XMLStreamReader xml, int depth) {
                if (depth != 3) {
                    return Optional.empty();
                }
                return switch (xml.getLocalName()) {
                    // <checkstyle><file><error severity=".."/>
                    case "error" -> SeverityTable.checkstyle(required(xml, "severity"));
                    // A file Checkstyle failed to process: not analyzed, so not clean.
                    case "exception" -> Optional.of(Severity.ERROR);
                    default -> Optional.empty();
                };
            }
        },
        /** PMD lists only the files with violations: a clean run's report is an empty {@code <pmd/>}. */
        PMD("pmd", null) {
            @Override
            boolean showsAnalysis(XMLStreamReader xml, int depth) {
                return false;
            }

            @Override
            Optional<Severity> finding(XMLStreamReader xml, int depth) {
                String element = xml.getLocalName();
                if (depth == 3 && element.equals("violation")) {
                    return Optional.of(SeverityTable.pmdPriority(required(xml, "priority")));
                }
                // <pmd><error filename=".."> is a file PMD failed to process, <configerror> a rule that did not run.
                if (depth == 2 && (element.equals("error") || element.equals("configerror"))) {
                    return Optional.of(Severity.ERROR);
                }
                return Optional.empty();
            }
        },
        SPOTBUGS("BugCollection", "lists no analyzed class (no bug and <FindBugsSummary total_classes> absent or 0)") {
            @Override
            boolean showsAnalysis(XMLStreamReader xml, int depth) {
                if (depth != 2 || !xml.getLocalName().equals("FindBugsSummary")) {
                    return false;
                }
                String classes = xml.getAttributeValue(null, "total_classes");
                try {
                    return classes != null && Integer.parseInt(classes.trim()) > 0;
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("<FindBugsSummary total_classes=\"" + classes
                            + "\"> is not a number");
                }
            }

            @Override
            Optional<Severity> finding(XMLStreamReader xml, int depth) {
                if (depth == 2 && xml.getLocalName().equals("BugInstance")) {
                    return Optional.of(SeverityTable.spotbugs(xml.getAttributeValue(null, "rank"),
                            xml.getAttributeValue(null, "priority")));
                }
                // <BugCollection><Errors><Error>: a class SpotBugs failed to analyse, so not clean, as PMD's <error>.
                if (depth == 3 && xml.getLocalName().equals("Error")) {
                    return Optional.of(Severity.ERROR);
                }
                return Optional.empty();
            }
        };

        private final String root;
        /** What the report lacks when it shows no analysis; null for a format that cannot show it. */
        private final String nothingAnalyzed;

        Format(String root, String nothingAnalyzed) {
            this.root = root;
            this.nothingAnalyzed = nothingAnalyzed;
        }

        /** The severity of the element the reader is on, or empty when it is no finding (or one not counted). */
        abstract Optional<Severity> finding(XMLStreamReader xml, int depth);

        /**
         * Whether the element the reader is on shows that the analyzer looked at some code. A report that never shows
         * it says that nothing was analyzed (no source folder, a wrong path), which must not pass for clean code.
         */
        abstract boolean showsAnalysis(XMLStreamReader xml, int depth);

        static Format ofRoot(Path file, String root) throws StaticAnalysisException {
            for (Format format : values()) {
                if (format.root.equals(root)) {
                    return format;
                }
            }
            throw FindingsReader.unknownFormat(file, "its root element is <" + root + ">");
        }

        private static String required(XMLStreamReader xml, String attribute) {
            String value = xml.getAttributeValue(null, attribute);
            if (value == null) {
                throw new IllegalArgumentException("<" + xml.getLocalName() + "> has no " + attribute
                        + " attribute; expected one");
            }
            return value;
        }
    }

    private static String position(Location location) {
        return location == null ? "" : ":" + location.getLineNumber() + ":" + location.getColumnNumber();
    }

    /** The JDK's parser says "ParseError at [row,col]:[5,1]\nMessage: ..."; the position is reported separately. */
    private static String parserMessage(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int start = message.indexOf("Message: ");
        String text = start >= 0 ? message.substring(start + "Message: ".length()) : message;
        return text.lines().filter(line -> !line.isBlank()).findFirst().orElse(text).trim();
    }
}
