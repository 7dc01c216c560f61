package dev.fearless.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

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
    }

    @Test
    void childHasTheTunedOptionsFirstThenThisJvmsOwnThenTheArguments() {
        List<String> command = childCommand("-Xmx256m", "-Dx=y", "-jar", "fearless-cli.jar").orElseThrow();

        assertThat(command.get(0)).endsWith("java");
        assertThat(command.subList(1, command.size())).containsExactly("-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-Dfearless.launcher.parent=" + ProcessHandle.current().pid(), "-Xmx256m",
                "-Dx=y", "-jar", "fearless-cli.jar", "gate", "predeploy", "--class-path", "a.jar");
    }

    @Test
    void keepsACollectorTheUserChoseOnTheCommandLineOrInTheEnvironment() {
        assertThat(childCommand("-XX:+UseG1GC", "-jar", "cli.jar").orElseThrow()).doesNotContain("-XX:+UseSerialGC");
        assertThat(Launcher.childCommand(GATE, arguments("-jar", "cli.jar"), HOTSPOT, "-XX:+UseParallelGC", null)
                .orElseThrow()).doesNotContain("-XX:+UseSerialGC");
        assertThat(Launcher.childCommand(GATE, arguments("-jar", "cli.jar"), HOTSPOT, null, "-XX:+UseZGC -Xmx1g")
                .orElseThrow()).doesNotContain("-XX:+UseSerialGC");
    }

    /** A file the JVM read its options from may choose a collector: only the compiler option is added then. */
    @Test
    void addsNoCollectorWhenOptionsCameFromAFile() {
        assertThat(childCommand("@jvm.options", "-jar", "cli.jar").orElseThrow())
                .contains("-XX:TieredStopAtLevel=1", "@jvm.options").doesNotContain("-XX:+UseSerialGC");
        assertThat(childCommand("-XX:VMOptionsFile=jvm.options", "-jar", "cli.jar").orElseThrow())
                .doesNotContain("-XX:+UseSerialGC");
        assertThat(childCommand("-XX:Flags=.hotspotrc", "-jar", "cli.jar").orElseThrow())
                .doesNotContain("-XX:+UseSerialGC");
    }

    @Test
    void staysInThisJvmWithAnAgentOrDebuggerHereOrInTheEnvironment() {
        assertThat(childCommand("-agentlib:jdwp=transport=dt_socket,address=5005", "-jar", "cli.jar")).isEmpty();
        assertThat(childCommand("-javaagent:otel.jar", "-jar", "cli.jar")).isEmpty();
        assertThat(childCommand("-agentpath:/opt/profiler.so", "-jar", "cli.jar")).isEmpty();
        assertThat(Launcher.childCommand(GATE, arguments("-jar", "cli.jar"), HOTSPOT, "-javaagent:dd.jar", null))
                .isEmpty();
        assertThat(Launcher.childCommand(GATE, arguments("-jar", "cli.jar"), HOTSPOT, null,
                "-agentlib:jdwp=transport=dt_socket")).isEmpty();
    }

    @Test
    void staysInThisJvmWhenItsCommandLineCannotBeTrustedOrItIsNotHotSpot() {
        assertThat(Launcher.childCommand(GATE, Optional.empty(), HOTSPOT, null, null)).isEmpty();
        assertThat(Launcher.childCommand(GATE, Optional.of(new String[] {"-jar", "cli.jar", "gate", "cut"}), HOTSPOT,
                null, null)).isEmpty();
        assertThat(Launcher.childCommand(GATE, Optional.of(GATE), HOTSPOT, null, null)).isEmpty();
        assertThat(Launcher.childCommand(GATE, arguments("-jar", "cli.jar"), "Eclipse OpenJ9 VM", null, null))
                .isEmpty();
        assertThat(Launcher.childCommand(GATE, arguments("-jar", "cli.jar"), "Java HotSpot(TM) 64-Bit Server VM",
                null, null)).isPresent();
    }

    private static Optional<List<String>> childCommand(String... launch) {
        return Launcher.childCommand(GATE, arguments(launch), HOTSPOT, null, null);
    }

    /** This process's arguments as the OS gives them: the launch options, then main's arguments. */
    private static Optional<String[]> arguments(String... launch) {
        String[] all = new String[launch.length + GATE.length];
        System.arraycopy(launch, 0, all, 0, launch.length);
        System.arraycopy(GATE, 0, all, launch.length, GATE.length);
        return Optional.of(all);
    }
}
