package dev.fearless.engine.internal.fork;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import dev.fearless.engine.TestResult;
import dev.fearless.engine.TestStatus;
import dev.fearless.fork.ForkProtocol;

/** Decodes the fork's event stream (see {@link ForkProtocol}) and hands each event on. */
final class EventStreamReader {

    /** How the stream ended. */
    enum End { DONE, FATAL, EOF }

    private final DataInputStream in;
    private final ForkEvents events;
    private final RunningTests running;
    private String fatalMessage;
    private List<ProcessHandle> leftRunning = List.of();

    EventStreamReader(DataInputStream in, ForkEvents events, RunningTests running) {
        this.in = in;
        this.events = events;
        this.running = running;
    }

    /** Reads until the fork says it is done, reports a fatal error, or the stream ends. */
    End readAll() throws IOException {
        while (true) {
            int code;
            try {
                code = in.readByte();
            } catch (EOFException e) {
                return End.EOF;
            }
            try {
                switch (code) {
                    case ForkProtocol.FOUND, ForkProtocol.FOUND_MORE -> events.found(in.readLong());
                    case ForkProtocol.STARTED -> {
                        int id = in.readInt();
                        String name = readString();
                        running.started(id, name, in.readInt());
                        events.started(name);
                    }
                    case ForkProtocol.CONTAINER_STARTED -> running.containerStarted(in.readInt(), readString());
                    case ForkProtocol.CONTAINER_FINISHED -> running.containerFinished(in.readInt());
                    case ForkProtocol.LEFT_RUNNING -> readLeftRunning();
                    case ForkProtocol.RESULT -> events.finished(readResult());
                    case ForkProtocol.FATAL -> {
                        fatalMessage = readString();
                        return End.FATAL;
                    }
                    case ForkProtocol.DONE -> {
                        return End.DONE;
                    }
                    default -> throw new IOException("unknown event code " + code + " from the test JVM");
                }
            } catch (EOFException e) {
                return End.EOF;
            }
        }
    }

    String fatalMessage() {
        return fatalMessage;
    }

    /** The processes the tests left running, as the fork listed them before it said it was done. */
    List<ProcessHandle> leftRunning() {
        return leftRunning;
    }

    private void readLeftRunning() throws IOException {
        int count = in.readInt();
        List<ProcessHandle> processes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long pid = in.readLong();
            long startMillis = in.readLong();
            // Only the process the fork saw: a pid the system has since given to another process is left alone.
            ProcessHandle.of(pid).filter(process -> startMillis >= 0 && process.info().startInstant()
                    .map(start -> start.toEpochMilli() == startMillis).orElse(false)).ifPresent(processes::add);
        }
        leftRunning = processes;
    }

    private TestResult readResult() throws IOException {
        int id = in.readInt();
        String uniqueId = readString();
        String className = readString();
        String name = readString();
        String displayName = readString();
        TestStatus status = switch (in.readByte()) {
            case ForkProtocol.PASSED -> TestStatus.PASSED;
            case ForkProtocol.FAILED -> TestStatus.FAILED;
            case ForkProtocol.ABORTED -> TestStatus.ABORTED;
            case ForkProtocol.SKIPPED -> TestStatus.SKIPPED;
            default -> throw new IOException("unknown test status from the test JVM");
        };
        long durationMs = in.readLong();
        String failureType = readString();
        String message = readString();
        String stackTrace = readString();
        String output = readString();
        if (id >= 0) {
            running.finished(id);
        }
        return new TestResult(uniqueId, className, name, displayName, status, durationMs, failureType, message,
                stackTrace, output);
    }

    private String readString() throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
