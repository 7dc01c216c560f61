package dev.fearless.engine.internal.fork;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.fearless.engine.GateException;
import dev.fearless.engine.TestResult;
import dev.fearless.engine.TestStatus;
import dev.fearless.engine.internal.fork.ForkOutcome.Kind;
import dev.fearless.fork.ForkMain;
import dev.fearless.fork.ForkProtocol;

/**
 * Runs one fork to its end and says how it ended. It owns the fork from start to kill: the request file, the
 * process, the connection, the event stream and the watchdog; no other class starts or stops a test JVM.
 */
public final class ForkLauncher {

    private static final Duration EXIT_GRACE = Duration.ofSeconds(60);
    private static final int ACCEPT_POLL_MS = 100;

    /** Runs the fork that {@code spec} describes, telling {@code events} what happens, and returns how it ended. */
    public ForkOutcome run(ForkSpec spec, ForkEvents events) {
        return run(spec, events, () -> { });
    }

    /**
     * As {@link #run(ForkSpec, ForkEvents)}, running {@code whileConnecting} on this thread once the test JVM has
     * started and before it connects: a test JVM takes a few hundred milliseconds to get there, time the caller can
     * use to prepare what the end of the step needs. It must not throw.
     */
    public ForkOutcome run(ForkSpec spec, ForkEvents events, Runnable whileConnecting) {
        try {
            Files.createDirectories(spec.stepDir());
            Path runningTestFile = spec.stepDir().resolve(ForkSpec.RUNNING_TEST_FILE);
            RunningTestFile.create(runningTestFile);
            try (ServerSocket server = new ServerSocket()) {
                // A large receive buffer lets the fork write on while the gate is busy (a GC, a slow disk): a full
                // buffer would stall the tests themselves. Set before binding, so the connection inherits it.
                server.setReceiveBufferSize(ForkProtocol.SOCKET_BUFFER_BYTES);
                server.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1);
                String token = ConnectionToken.create();
                Path requestFile = writeRequest(spec, server.getLocalPort(), token, runningTestFile);
                Process process = start(spec, requestFile);
                OutputPump pump = OutputPump.start(process.getInputStream(), spec.outputFile(), spec.outputFilter());
                try (Watchdog watchdog = Watchdog.start(process, spec)) {
                    return converse(spec, events, server, token, process, watchdog, runningTestFile, pump::await,
                            whileConnecting);
                } finally {
                    if (process.isAlive()) {
                        ProcessTree.kill(process);
                    }
                    pump.await();
                    ArgumentFile.mask(spec);
                }
            }
        } catch (IOException e) {
            throw GateException.notRun("cannot run the test JVM for " + spec.stepDir().getFileName() + ": " + e, e);
        }
    }

    private ForkOutcome converse(ForkSpec spec, ForkEvents events, ServerSocket server, String token,
            Process process, Watchdog watchdog, Path runningTestFile, Runnable drainOutput, Runnable whileConnecting)
            throws IOException {
        whileConnecting.run();
        Socket socket = accept(server, process, watchdog);
        if (socket == null) {
            if (watchdog.outcome() != null) {
                return watchdog.outcome();
            }
            drainOutput.run();
            return new ForkOutcome(Kind.NOT_STARTED, exitCode(process), null,
                    "the test JVM exited with code " + exitCode(process) + " before running any test: "
                            + ForkOutput.firstLine(spec.outputFile()) + " (see " + spec.outputFile() + ")");
        }
        // The test JVM has connected, so it has read its options: the copy on disk no longer needs the secrets.
        ArgumentFile.mask(spec);
        try (socket) {
            InputStream raw = socket.getInputStream();
            if (!token.equals(readLine(raw))) {
                throw new IOException("a process other than the test JVM connected to the gate's port");
            }
            RunningTests running = new RunningTests();
            watchdog.watch(running);
            EventStreamReader reader = new EventStreamReader(
                    new DataInputStream(new BufferedInputStream(raw, 64 * 1024)), events, running);
            EventStreamReader.End end = reader.readAll();
            ForkOutcome outcome = watchdog.outcome() != null ? watchdog.outcome() : switch (end) {
                case DONE -> {
                    // The processes the tests left running, as the fork listed them (once it has exited they belong
                    // to init and the gate could not find them), stopped once it has exited.
                    ForkOutcome exited = awaitExit(spec, process, runningTestFile);
                    ProcessTree.stop(reader.leftRunning());
                    yield exited;
                }
                case FATAL -> crashed(spec, process, runningTestFile,
                        "the test JVM hit an unrecoverable error (" + reader.fatalMessage() + ")");
                case EOF -> crashed(spec, process, runningTestFile, null);
            };
            failUnfinished(running, events, outcome);
            return outcome;
        }
    }

    /**
     * Reports each test that started and never ended as failed with the fork's end as its message: the test that
     * called {@code System.exit}, hung or ran when the step's time was up. Else it would be counted nowhere, and the
     * JUnit XML that CI tools read would show a broken run as green.
     */
    private static void failUnfinished(RunningTests running, ForkEvents events, ForkOutcome outcome) {
        if (outcome.completed()) {
            return;
        }
        long now = System.nanoTime();
        for (RunningTests.Running test : running.unfinished()) {
            events.finished(new TestResult("", test.className(), test.testName(), test.testName(), TestStatus.FAILED,
                    (now - test.sinceNanos()) / 1_000_000, null, outcome.message(), null));
        }
    }

    private ForkOutcome awaitExit(ForkSpec spec, Process process, Path runningTestFile) {
        if (!waitFor(process, EXIT_GRACE)) {
            ProcessTree.kill(process);
            return new ForkOutcome(Kind.CRASHED, -1, null, "the test JVM did not exit within "
                    + EXIT_GRACE.toSeconds() + " s after its last test; it was killed (see " + spec.outputFile() + ")");
        }
        int exit = process.exitValue();
        if (exit != 0) {
            return crashed(spec, process, runningTestFile, "the test JVM exited with code " + exit
                    + " after its last test");
        }
        return new ForkOutcome(Kind.COMPLETED, 0, null, "completed");
    }

    private ForkOutcome crashed(ForkSpec spec, Process process, Path runningTestFile, String what) {
        if (!waitFor(process, EXIT_GRACE)) {
            ProcessTree.kill(process);
        }
        int exit = exitCode(process);
        String test = RunningTestFile.read(runningTestFile);
        String description = what != null ? what : "the test JVM " + ExitCodes.describe(exit);
        String message = description + (test == null ? " before any test started" : " while running " + test)
                + " (see " + spec.outputFile() + ")";
        return new ForkOutcome(Kind.CRASHED, exit, test, message);
    }

    private static Socket accept(ServerSocket server, Process process, Watchdog watchdog) throws IOException {
        server.setSoTimeout(ACCEPT_POLL_MS);
        while (true) {
            try {
                return server.accept();
            } catch (SocketTimeoutException e) {
                if (!process.isAlive() || watchdog.outcome() != null) {
                    return null;
                }
            }
        }
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
            line.append((char) c);
        }
        return line.toString();
    }

    private static Path writeRequest(ForkSpec spec, int port, String token, Path runningTestFile)
            throws IOException {
        Map<String, String> request = new LinkedHashMap<>();
        request.put(ForkProtocol.PORT, Integer.toString(port));
        request.put(ForkProtocol.TOKEN, token);
        request.put(ForkProtocol.RUNNING_TEST_FILE, runningTestFile.toString());
        ForkSpec.Discovery discovery = spec.discovery();
        putIndexed(request, ForkProtocol.SCAN_ROOT, discovery.scanRoots().stream().map(Path::toString).toList());
        putIndexed(request, ForkProtocol.INCLUDE_CLASSNAME, discovery.includeClassnames());
        putIndexed(request, ForkProtocol.EXCLUDE_CLASSNAME, discovery.excludeClassnames());
        if (discovery.tagExpression() != null) {
            request.put(ForkProtocol.TAG_EXPRESSION, discovery.tagExpression());
        }
        discovery.configuration().forEach((key, value) -> request.put(ForkProtocol.CONFIG + key, value));
        discovery.defaults().forEach((key, value) -> request.put(ForkProtocol.DEFAULT_CONFIG + key, value));
        Path file = spec.stepDir().resolve(ForkSpec.REQUEST_FILE);
        PropertiesFile.write(file, "Fearless fork request", request);
        return file;
    }

    private static void putIndexed(Map<String, String> request, String prefix, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            request.put(prefix + i, values.get(i));
        }
    }

    private static Process start(ForkSpec spec, Path requestFile) throws IOException {
        List<Path> classpath = new ArrayList<>();
        classpath.add(ForkClasses.locate(spec.stepDir().getParent()));
        classpath.addAll(spec.classpath());
        Path argFile = ArgumentFile.write(spec, classpath);
        List<String> command = new ArrayList<>();
        command.add(spec.java().toString());
        command.add("@" + argFile);
        command.add(ForkMain.class.getName());
        command.add(requestFile.toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(spec.workDir().toFile())
                .redirectErrorStream(true);
        builder.environment().putAll(spec.environment());
        try {
            return builder.start();
        } catch (IOException e) {
            throw GateException.notRun("cannot start the test JVM with " + spec.java() + ": " + e.getMessage()
                    + "; check JAVA_HOME or the java executable", e);
        }
    }

    private static boolean waitFor(Process process, Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int exitCode(Process process) {
        return process.isAlive() ? -1 : process.exitValue();
    }
}
