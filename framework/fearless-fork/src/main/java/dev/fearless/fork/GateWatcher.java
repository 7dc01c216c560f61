package dev.fearless.fork;

import java.io.IOException;
import java.io.InputStream;

/**
 * Ends the fork when the gate that started it is gone. The gate never writes to the connection, so a read
 * returns only when the gate closed it or died; a fork that outlived its gate would otherwise run on, or hang on,
 * unseen.
 */
final class GateWatcher {

    private final InputStream fromGate;
    private volatile boolean finished;

    GateWatcher(InputStream fromGate) {
        this.fromGate = fromGate;
    }

    void start() {
        Thread thread = new Thread(this::watch, "fearless-gate-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    /** The run ended normally: the connection may close now without ending the fork. */
    void finished() {
        finished = true;
    }

    private void watch() {
        try {
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
