package dev.fearless.fork;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes events to the gate. Writes are buffered and a daemon thread flushes every few milliseconds, so the gate is
 * never far behind yet a test costs no system call of its own.
 *
 * <p>Every 20 ms rather than 5: at 5 the flushing thread alone took 0.15 s of CPU in a 20,000-test run, taken from the
 * tests on a two-core machine, and it woke the gate's JVM as often. The gate shows progress every 100 ms at most, and
 * its timeouts are seconds long, so neither needs events sooner.
 */
final class EventWriter implements AutoCloseable {

    private static final long FLUSH_INTERVAL_MS = 20;

    private final DataOutputStream out;
    private final Thread flusher;
    private boolean dirty;
    private volatile boolean closed;

    EventWriter(OutputStream stream) {
        this.out = new DataOutputStream(new BufferedOutputStream(stream, 64 * 1024));
        this.flusher = new Thread(this::flushPeriodically, "fearless-event-flusher");
        this.flusher.setDaemon(true);
        this.flusher.start();
    }

    void found(byte code, long count) {
        event(code, out -> out.writeLong(count));
    }

    /**
     * A test started; its qualified name in UTF-8, as the running-test slot got it too, and how many of the name's
     * characters are its class.
     */
    void started(int id, byte[] name, int classNameLength) {
        event(ForkProtocol.STARTED, out -> {
            out.writeInt(id);
            writeBytes(out, name);
            out.writeInt(classNameLength);
        });
    }

    void containerStarted(int id, String name) {
        event(ForkProtocol.CONTAINER_STARTED, out -> {
            out.writeInt(id);
            writeString(out, name);
        });
    }

    void containerFinished(int id) {
        event(ForkProtocol.CONTAINER_FINISHED, out -> out.writeInt(id));
    }

    void result(int id, String uniqueId, String className, String name, String displayName, byte status,
            long durationMs, Throwable failure, String reason) {
        result(id, uniqueId, className, name, displayName, status, durationMs, failure, reason, null);
    }

    /** A test's end; {@code output} is what it printed on its own thread ({@link TestOutput}), or {@code null}. */
    void result(int id, String uniqueId, String className, String name, String displayName, byte status,
            long durationMs, Throwable failure, String reason, String output) {
        // The failure's text comes from the test's code, which may throw: all of it is read before the event is begun.
        String failureType = failure == null ? null : failure.getClass().getName();
        String message = failure == null ? reason : StackTraces.messageOf(failure);
        String stackTrace = failure == null ? null : StackTraces.of(failure);
        event(ForkProtocol.RESULT, out -> {
            out.writeInt(id);
            writeString(out, uniqueId);
            writeString(out, className);
            writeString(out, name);
            writeString(out, displayName);
            out.writeByte(status);
            out.writeLong(durationMs);
            writeString(out, failureType);
            writeString(out, message);
            writeString(out, stackTrace);
            writeString(out, output);
        });
    }

    void leftRunning(java.util.List<ProcessHandle> processes) {
        event(ForkProtocol.LEFT_RUNNING, out -> {
            out.writeInt(processes.size());
            for (ProcessHandle process : processes) {
                out.writeLong(process.pid());
                out.writeLong(process.info().startInstant().map(java.time.Instant::toEpochMilli).orElse(-1L));
            }
        });
    }

    /** The fields of one event, after its code. */
    @FunctionalInterface
    private interface Fields {
        void writeTo(DataOutputStream out) throws IOException;
    }

    private synchronized void event(byte code, Fields fields) {
        try {
            out.writeByte(code);
            fields.writeTo(out);
            dirty = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    synchronized void fatal(String message) {
        try {
            out.writeByte(ForkProtocol.FATAL);
            writeString(out, message);
            out.flush();
        } catch (IOException e) {
            // The gate is gone or the stream is broken: the exit code still tells it.
        }
    }

    /**
     * Sends what is buffered, if the stream still works. Run from a shutdown hook: when a test or an
     * {@code @AfterAll} calls {@code System.exit}, the results of the tests that already ended still reach the gate.
     */
    synchronized void flushQuietly() {
        try {
            out.flush();
        } catch (IOException e) {
            // The gate is gone: nothing to tell it.
        }
    }

    synchronized void done() throws IOException {
        out.writeByte(ForkProtocol.DONE);
        out.flush();
    }

    private static void writeString(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        writeBytes(out, value.getBytes(StandardCharsets.UTF_8));
    }

    private static void writeBytes(DataOutputStream out, byte[] utf8) throws IOException {
        int length = Math.min(utf8.length, ForkProtocol.MAX_STRING_BYTES);
        out.writeInt(length);
        out.write(utf8, 0, length);
    }

    private void flushPeriodically() {
        while (!closed) {
            synchronized (this) {
                if (dirty) {
                    try {
                        out.flush();
                    } catch (IOException e) {
                        return;
                    }
                    dirty = false;
                }
            }
            try {
                Thread.sleep(FLUSH_INTERVAL_MS); // a timer, not a wait for a condition: it paces the flushes
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        synchronized (this) {
            out.close();
        }
    }
}
