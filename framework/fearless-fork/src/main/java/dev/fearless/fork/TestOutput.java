package dev.fearless.fork;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;

/**
 * What each test prints on its own thread, kept for its JUnit XML {@code <system-out>} as Surefire keeps it, while
 * everything still goes to the test JVM's standard output and error (the step's {@code output.txt}). Output from other
 * threads (a server a test started) is not a test's own and only goes there.
 */
final class TestOutput {

    /**
     * A test that prints more keeps its first this many bytes here; the rest is in output.txt. Below the event
     * stream's limit for one text, so that the note saying so is not cut off with it.
     */
    static final int MAX_BYTES = ForkProtocol.MAX_STRING_BYTES - 4 * 1024;

    private static final ThreadLocal<Capture> CURRENT = new ThreadLocal<>();

    private TestOutput() {
    }

    /** Replaces {@code System.out} and {@code System.err} with streams that also feed the running test's capture. */
    static void install() {
        Charset charset = charset();
        System.setOut(new PrintStream(new Tee(System.out), true, charset));
        System.setErr(new PrintStream(new Tee(System.err), true, charset));
    }

    /** Starts capturing what this thread prints, for the test that starts on it. */
    static void begin() {
        CURRENT.set(new Capture());
    }

    /** What this thread printed since {@link #begin}, or {@code null} when nothing; capturing stops. */
    static String end() {
        Capture capture = CURRENT.get();
        CURRENT.remove();
        return capture == null ? null : capture.text();
    }

    private static Charset charset() {
        // stdout.encoding from JDK 19 on, sun.stdout.encoding before, when output is a terminal; else the default.
        String name = System.getProperty("stdout.encoding", System.getProperty("sun.stdout.encoding"));
        try {
            return name == null ? Charset.defaultCharset() : Charset.forName(name);
        } catch (RuntimeException e) {
            return Charset.defaultCharset();
        }
    }

    /** One test's bytes, up to {@link #MAX_BYTES}, and how many more there were. */
    private static final class Capture {
        /** Made at the first write: most tests print nothing, and a test's end must stay cheap. */
        private ByteArrayOutputStream bytes;
        private long dropped;

        void add(byte[] buffer, int offset, int length) {
            if (bytes == null) {
                bytes = new ByteArrayOutputStream();
            }
            int room = MAX_BYTES - bytes.size();
            int kept = Math.max(0, Math.min(room, length));
            bytes.write(buffer, offset, kept);
            dropped += length - kept;
        }

        String text() {
            if (bytes == null || bytes.size() == 0 && dropped == 0) {
                return null;
            }
            String text = bytes.toString(charset());
            if (dropped == 0) {
                return text;
            }
            // Cut at the last whole line: no half character, and no half of a secret the gate could not recognise.
            int lastLine = text.lastIndexOf('\n');
            String kept = lastLine < 0 ? "" : text.substring(0, lastLine + 1);
            long more = dropped + (text.length() - kept.length());
            return kept + "[about " + more + " more bytes: the whole output is in the step's output.txt]\n";
        }
    }

    /** Writes to the original stream, and to the capture of the test running on this thread, if any. */
    private static final class Tee extends OutputStream {
        private final PrintStream original;

        Tee(PrintStream original) {
            this.original = original;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] buffer, int offset, int length) {
            original.write(buffer, offset, length);
            Capture capture = CURRENT.get();
            if (capture != null) {
                capture.add(buffer, offset, length);
            }
        }

        @Override
        public void flush() {
            original.flush();
        }

        @Override
        public void close() throws IOException {
            // A test that closes System.out must not close the JVM's own stream for the tests after it.
            flush();
        }
    }
}
