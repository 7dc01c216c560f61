package dev.fearless.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;

import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.codehaus.plexus.util.xml.Xpp3DomBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IgnoredSurefireSettingsTest {

    @TempDir
    Path classes;

    @Test
    void warnsOfEachSettingTheGateDoesNotApply() throws Exception {
        Files.write(classes.resolve("module-info.class"), new byte[] {0});
        Xpp3Dom configuration = Xpp3DomBuilder.build(new StringReader("<configuration>"
                + "<workingDirectory>/p/target/work</workingDirectory>"
                + "<classpathDependencyScopeExclude>runtime</classpathDependencyScopeExclude>"
                + "<groups>unit | module | none()</groups><excludedGroups>slow, e2e</excludedGroups>"
                + "</configuration>"));

        assertThat(IgnoredSurefireSettings.warnings("predeploy", configuration, classes)).containsExactly(
                "Fearless gate predeploy: Surefire's <workingDirectory> /p/target/work is not applied: the gate's test"
                        + " JVM runs in the project's folder",
                "Fearless gate predeploy: Surefire's <classpathDependencyScopeExclude> runtime is not applied: the"
                        + " gate's test JVM gets every test-scope dependency",
                "Fearless gate predeploy: the main code is a module (module-info.class), which Surefire tests on the"
                        + " module path; the gate's test JVM puts it on the class path, so a test that needs the module"
                        + " system (a service it provides, its module name) fails there",
                "Fearless gate predeploy: Surefire's <excludedGroups> names tags that are not layers, [slow], which the"
                        + " gate does not apply: it runs every test of its steps' layers that Surefire's includes and"
                        + " excludes select");
    }

    @Test
    void saysNothingForTheUsualLayerFiltersOrAModuleOnTheClassPath() throws Exception {
        Files.write(classes.resolve("module-info.class"), new byte[] {0});
        Xpp3Dom configuration = Xpp3DomBuilder.build(new StringReader("<configuration>"
                + "<groups>unit | module | none()</groups><useModulePath>false</useModulePath></configuration>"));

        assertThat(IgnoredSurefireSettings.warnings("predeploy", configuration, classes)).isEmpty();
        assertThat(IgnoredSurefireSettings.warnings("predeploy", null, classes.resolve("none"))).isEmpty();
    }
}
