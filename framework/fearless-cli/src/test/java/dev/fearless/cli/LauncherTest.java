package dev.fearless.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LauncherTest {

    private static final String HOTSPOT = "OpenJDK 64-Bit Server VM";
    private static final String[] GATE = {"gate", "predeploy", "--class-path", "a.jar"};

    @Test
    void startsAChildForTheGateOnTwoCoresOrWhenAskedTo() {
        assertThat(Launcher.wantsChild(GATE, "auto", 2)).isTrue();
        assertThat(Launcher.wantsChild(new String[] {"--verbose", "gate", "x"}, "auto", 1)).isTrue();
        assertThat(Launcher.wantsChild(GATE, "child", 16)).isTrue();

        assertThat(Launcher.wantsChild(GATE, "auto", 4)).isFalse();
        assertThat(Launcher.wantsChild(GATE, "same", 2)).isFalse();
        assertThat(Launcher.wantsChild(new String[] {"report", "--report-dir", "gate"}, "child", 2)).isFalse();
        assertThat(Launcher.wantsChild(new String[] {"--help"}, "child", 2)).isFalse();
        assertThat(Launcher.wantsChild(new String[] {"gate", "--help"}, "child", 2)).isFalse();
        assertThat(Launcher.wantsChild(new String[] {"gate", "-h"}, "child", 2)).isFalse();
    }

    @Test
    void aModeOutsideTheThreeIsExplained() {
        assertThat(Launcher.modeProblem("chlid")).isEqualTo("-Dfearless.launcher=chlid is not one of auto, child,"
                + " same; give one of them, or leave the property out for auto");
    }

    @Test
    void childHasTheTunedOptionsFirstThenThisJvmsOwnThenTheArguments() {
        List<String> command = childCommand("-Xmx256m", "-Dx=y z", "-jar", "fearless-cli.jar").orElseThrow();

        assertThat(command.get(0)).isEqualTo(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        assertThat(command.subList(1, command.size())).containsExactly("-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-Dfearless.launcher.parent=" + ProcessHandle.current().pid(), "-Xmx256m",
                "-Dx=y z", "-jar", "fearless-cli.jar", "gate", "predeploy", "--class-path", "a.jar");
    }

    @Test
    void keepsACollectorTheUserChoseOnTheCommandLineOrInAnOptionsVariable() {
        assertThat(childCommand("-XX:+UseG1GC", "-jar", "cli.jar").orElseThrow()).doesNotContain("-XX:+UseSerialGC");
        assertThat(Launcher.childCommand(GATE, arguments("-jar", "cli.jar"), HOTSPOT, "-Xmx1g -XX:+UseParallelGC")
                .orElseThrow()).doesNotContain("-XX:+UseSerialGC").contains("-XX:TieredStopAtLevel=1");
    }

    @Test
    void keepsACompilerTheUserChoseOnTheCommandLineOrInAnOptionsVariable() {
        assertThat(childCommand("-XX:TieredStopAtLevel=4", "-jar", "cli.jar").orElseThrow())
                .doesNotContain("-XX:TieredStopAtLevel=1").contains("-XX:TieredStopAtLevel=4", "-XX:+UseSerialGC");
        assertThat(childCommand("-XX:-TieredCompilation", "-jar", "cli.jar").orElseThrow())
                .doesNotContain("-XX:TieredStopAtLevel=1");
        // The JVM reads JAVA_TOOL_OPTIONS before the command line: a tuned option there would override the user's.
        assertThat(Launcher.childCommand(GATE, arguments("-jar", "cli.jar"), HOTSPOT, "-XX:TieredStopAtLevel=3  ")
                .orElseThrow()).doesNotContain("-XX:TieredStopAtLevel=1").contains("-XX:+UseSerialGC");
    }

    /** Each of these would make a second JVM clash with this one, or fail to start. */
    @ParameterizedTest
    @ValueSource(strings = {"-agentlib:jdwp=transport=dt_socket,address=5005", "-javaagent:otel.jar",
        "-agentpath:/opt/profiler.so", "-Xrunjdwp:transport=dt_socket", "-Dcom.sun.management.jmxremote.port=9010",
        "-Xlog:gc:file=gc.log", "-Xlog:gc:gc.log", "-Xlog:gc*:/var/log/gc.log:uptime", "-Xloggc:gc.log", "-XX:StartFlightRecording=filename=gate.jfr",
        "-XX:ArchiveClassesAtExit=app.jsa", "@jvm.options", "-XX:VMOptionsFile=jvm.options", "-XX:Flags=.hotspotrc"})
    void staysInThisJvmForOptionsThatWouldClash(String option) {
        assertThat(childCommand(option, "-jar", "cli.jar")).isEmpty();
        assertThat(Launcher.childCommand(GATE, arguments("-jar", "cli.jar"), HOTSPOT, "-Xmx1g " + option + " -Da=b"))
                .as("in an options variable").isEmpty();
    }

    @Test
    void aLogToTheConsoleIsNoClash() {
        assertThat(childCommand("-Xlog:gc", "-Xlog:gc::uptime", "-Xlog:gc:stderr", "-Xlog:safepoint:stdout:uptime",
                "-verbose:gc", "-Dmail=ci@example.com", "-jar", "cli.jar")).isPresent();
    }

    @Test
    void staysInThisJvmWhenItsCommandLineCannotBeTrustedOrItIsNotHotSpot() {
        assertThat(Launcher.childCommand(GATE, Optional.empty(), HOTSPOT, "")).isEmpty();
        assertThat(Launcher.childCommand(GATE, Optional.of(new String[] {"-jar", "cli.jar", "gate", "cut"}), HOTSPOT,
                "")).isEmpty();
        assertThat(Launcher.childCommand(GATE, Optional.of(GATE), HOTSPOT, "")).isEmpty();
        assertThat(Launcher.childCommand(GATE, arguments("-jar", "cli.jar"), "Eclipse OpenJ9 VM", "")).isEmpty();
        assertThat(Launcher.childCommand(GATE, arguments("-jar", "cli.jar"), "Java HotSpot(TM) 64-Bit Server VM", ""))
                .isPresent();
    }

    private static Optional<List<String>> childCommand(String... launch) {
        return Launcher.childCommand(GATE, arguments(launch), HOTSPOT, "");
    }

    /** This process's arguments as the OS gives them: the launch options, then main's arguments. */
    private static Optional<String[]> arguments(String... launch) {
        String[] all = new String[launch.length + GATE.length];
        System.arraycopy(launch, 0, all, 0, launch.length);
        System.arraycopy(GATE, 0, all, launch.length, GATE.length);
        return Optional.of(all);
    }
}
