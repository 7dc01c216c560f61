package dev.fearless.fork;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;

/**
 * Ends the fork when the gate that started it is gone. The gate never writes to the connection, so a read
 * returns only when the gate closed it or died; a fork that outlived its gate would otherwise run on, or hang on,
 * unseen.
 *
 * <p>When the run ends, {@link #finished()} ends the watch as well. A thread blocked in a socket read is "in
 * native" to the JVM, and {@code System.exit} waits up to 300 ms for such threads before it ends the process
 * (HotSpot's {@code VM_Exit::wait_for_threads_in_native_to_block}): every step would pay that after its last test.
 */
final class GateWatcher {

    private static final long STOP_WAIT_MS = 200;

    private final Socket connection;
    private final Thread thread = new Thread(this::watch, "fearless-gate-watcher");
    private volatile boolean finished;

    GateWatcher(Socket connection) {
        this.connection = connection;
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /**
     * The run ended normally: the connection may close now without ending the fork, and the watch stops. Only the
     * reading half of the connection is shut, so events still in flight reach the gate.
     */
    void finished() {
        finished = true;
        try {
            connection.shutdownInput();
            thread.join(STOP_WAIT_MS);
        } catch (IOException e) {
            // The connection is already broken: the watcher has nothing left to wait for.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether the watch is still on: its thread is alive, blocked reading the connection. */
    boolean watching() {
        return thread.isAlive();
    }

    private void watch() {
        try {
            InputStream fromGate = connection.getInputStream();
            while (fromGate.read() != -1) {
                // The gate sends nothing; anything read is ignored.
            }
        } catch (IOException e) {
            // The connection broke: the same as closed.
        }
        if (!finished) {
            ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
            Runtime.getRuntime().halt(ForkProtocol.ORPHANED_EXIT_CODE);
        }
    }
}
