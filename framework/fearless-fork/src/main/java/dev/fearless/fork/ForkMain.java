package dev.fearless.fork;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The entry point of the forked test JVM: reads the request, connects to the gate, runs the tests through the JUnit
 * Platform Launcher on the class path (the project's own JUnit version) and streams what happens.
 */
public final class ForkMain {

    private ForkMain() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java dev.fearless.fork.ForkMain <request file>");
            System.exit(2);
        }
        Properties request = new Properties();
        try (InputStream in = Files.newInputStream(Paths.get(args[0]))) {
            request.load(in);
        }
        TestOutput.install();
        TestClassCheck testClasses = TestClassCheck.start(scanRoots(request),
                indexed(request, ForkProtocol.INCLUDE_CLASSNAME), indexed(request, ForkProtocol.EXCLUDE_CLASSNAME),
                ClassLoader.getSystemClassLoader());
        Socket socket = new Socket();
        // Room for the events of thousands of tests, so a busy gate never holds a test up.
        socket.setSendBufferSize(ForkProtocol.SOCKET_BUFFER_BYTES);
        socket.setTcpNoDelay(true);
        socket.connect(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(),
                Integer.parseInt(request.getProperty(ForkProtocol.PORT))));
        OutputStream stream = socket.getOutputStream();
        stream.write((request.getProperty(ForkProtocol.TOKEN) + "\n").getBytes(StandardCharsets.US_ASCII));
        GateWatcher gate = new GateWatcher(socket);
        gate.start();
        EventWriter events = new EventWriter(stream);
        Runtime.getRuntime().addShutdownHook(new Thread(events::flushQuietly, "fearless-event-flush-on-exit"));
        RunningTestSlot runningTest = RunningTestSlot.open(Paths.get(request.getProperty(ForkProtocol.RUNNING_TEST_FILE)));
        try {
            Launcher launcher = LauncherFactory.create();
            launcher.execute(discoveryRequest(request), testClasses.reportingTo(events),
                    new StreamingListener(events, runningTest));
            testClasses.report(); // when JUnit never started the test plan; else a no-op
            gate.finished();
            events.leftRunning(ProcessHandle.current().descendants().toList());
            events.done();
        } catch (Throwable unrecoverable) {
            // JUnit rethrows what it cannot recover from (OutOfMemoryError, for one): the run is broken, say so.
            fatal(events, unrecoverable);
        }
        // Tests may leave non-daemon threads behind; the run is over, and exiting runs the JaCoCo agent's dump.
        // The connection stays open until then: the gate closes it once this JVM has exited.
        System.exit(0);
    }

    /** Tells the gate the run is broken and ends this JVM at once, with the exit code the gate reads as such. */
    static void fatal(EventWriter events, Throwable cause) {
        String message = StackTraces.messageOf(cause);
        events.fatal(message == null ? cause.getClass().getName() : cause.getClass().getName() + ": " + message);
        Runtime.getRuntime().halt(ForkProtocol.FATAL_EXIT_CODE);
    }

    /**
     * The scan roots by their real paths: JUnit's scan does not follow a link, so a root that is one (a linked build
     * folder) would be scanned as an empty file.
     */
    private static List<Path> scanRoots(Properties request) {
        return indexed(request, ForkProtocol.SCAN_ROOT).stream().map(Paths::get).map(ForkMain::realPath).toList();
    }

    private static Path realPath(Path root) {
        try {
            return root.toRealPath();
        } catch (IOException | RuntimeException e) {
            return root; // JUnit and the check say what is wrong with it
        }
    }

    static LauncherDiscoveryRequest discoveryRequest(Properties request) {
        Set<Path> roots = new HashSet<>(scanRoots(request));
        LauncherDiscoveryRequestBuilder builder = LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectClasspathRoots(roots));
        ClassNamePatterns includes = new ClassNamePatterns(indexed(request, ForkProtocol.INCLUDE_CLASSNAME));
        ClassNamePatterns excludes = new ClassNamePatterns(indexed(request, ForkProtocol.EXCLUDE_CLASSNAME));
        if (!includes.isEmpty() || !excludes.isEmpty()) {
            builder.filters(new ClassNameSelection(includes, excludes));
        }
        String tags = request.getProperty(ForkProtocol.TAG_EXPRESSION);
        if (tags != null && !tags.isEmpty()) {
            builder.filters(TagFilter.includeTags(tags));
        }
        Map<String, String> configuration = new HashMap<>();
        Properties projectConfiguration = projectConfiguration();
        for (String key : request.stringPropertyNames()) {
            if (key.startsWith(ForkProtocol.CONFIG)) {
                configuration.put(key.substring(ForkProtocol.CONFIG.length()), request.getProperty(key));
            } else if (key.startsWith(ForkProtocol.DEFAULT_CONFIG)) {
                String parameter = key.substring(ForkProtocol.DEFAULT_CONFIG.length());
                // The project's own choice wins: JUnit would rank an explicit parameter above it.
                if (System.getProperty(parameter) == null && !projectConfiguration.containsKey(parameter)) {
                    configuration.putIfAbsent(parameter, request.getProperty(key));
                }
            }
        }
        return builder.configurationParameters(configuration).build();
    }

    /** The project's {@code junit-platform.properties}, the first on the class path as JUnit reads it. */
    private static Properties projectConfiguration() {
        Properties properties = new Properties();
        java.net.URL file = ClassLoader.getSystemClassLoader().getResource("junit-platform.properties");
        if (file != null) {
            try (InputStream in = file.openStream()) {
                properties.load(in);
            } catch (IOException e) {
                // JUnit reports an unreadable file itself; our defaults simply apply.
            }
        }
        return properties;
    }

    private static List<String> indexed(Properties request, String prefix) {
        List<String> values = new ArrayList<>();
        for (int i = 0; request.containsKey(prefix + i); i++) {
            values.add(request.getProperty(prefix + i));
        }
        return values;
    }
}
