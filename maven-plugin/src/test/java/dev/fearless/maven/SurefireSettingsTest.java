package dev.fearless.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;

import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.model.PluginManagement;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.codehaus.plexus.util.xml.Xpp3DomBuilder;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SurefireSettingsTest {

    private static final Function<String, String> NO_PROPERTIES = name -> null;

    private static final Path BASEDIR = Path.of("/work/shop");

    @Nested
    class ArgLine {

        @Test
        void splitsOnWhitespaceAndKeepsQuotedTextTogether() {
            assertThat(SurefireSettings.split("-Xmx512m  -Dgreeting=\"hello world\"\n\t'-Dsay=\"hi\" there'"))
                    .containsExactly("-Xmx512m", "-Dgreeting=hello world", "-Dsay=\"hi\" there");
        }

        @Test
        void keepsBackslashesAsTheyAreForWindowsPaths() {
            assertThat(SurefireSettings.split("\"-Djava.io.tmpdir=C:\\Temp Dir\\x\""))
                    .containsExactly("-Djava.io.tmpdir=C:\\Temp Dir\\x");
        }

        @Test
        void turnsAnEmptyQuotedStringIntoAnEmptyArgument() {
            assertThat(SurefireSettings.split("-Dempty= \"\" -ea")).containsExactly("-Dempty=", "", "-ea");
        }

        @Test
        void hasNoArgumentsWhenBlank() {
            assertThat(SurefireSettings.split(" \n ")).isEmpty();
        }

        @Test
        void rejectsAnUnbalancedQuote() {
            assertThatThrownBy(() -> SurefireSettings.split("-Da=\"b c"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Surefire's argLine has an unbalanced \" quote: -Da=\"b c");
        }

        @Test
        void replacesLatePlaceholdersBeforeSplittingAsSurefireDoes() {
            SurefireSettings settings = SurefireSettings.from(
                    dom("<configuration><argLine>@{extra} -Xmx1g -Dname=@{name}</argLine></configuration>"),
                    Map.of("extra", "-Da=1 -Db=2", "name", "gate")::get, BASEDIR);

            assertThat(settings.argLine()).containsExactly("-Da=1", "-Db=2", "-Xmx1g", "-Dname=gate");
        }

        @Test
        void looksPlaceholdersUpInUserPropertiesBeforeProjectProperties() {
            Properties user = new Properties();
            user.setProperty("heap", "-Xmx2g");
            Properties project = new Properties();
            project.setProperty("heap", "-Xmx1g");
            project.setProperty("extra", "-ea");

            assertThat(SurefireSettings.replaceLatePlaceholders("@{heap} @{extra}",
                    SurefireSettings.properties(user, project))).isEqualTo("-Xmx2g -ea");
        }

        @Test
        void refusesAPlaceholderWhosePropertyIsNotDefined() {
            assertThatThrownBy(() -> SurefireSettings.from(
                    dom("<configuration><argLine>@{argLine} -Xmx1g</argLine></configuration>"), NO_PROPERTIES, BASEDIR))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Surefire's argLine refers to @{argLine}, but no property argLine is defined: define"
                            + " it in <properties> (an empty <argLine/> will do) or remove it from the argLine");
        }

        @Test
        void leavesOutJacocoAgentsBecauseTheGateMeasuresCoverageWithItsOwn() {
            String agent = "-javaagent:/home/me/.m2/repository/org/jacoco/org.jacoco.agent/0.8.15/"
                    + "org.jacoco.agent-0.8.15-runtime.jar=destfile=/work/app/target/jacoco.exec";

            SurefireSettings settings = SurefireSettings.from(
                    dom("<configuration><argLine>@{argLine} -Xmx1g</argLine></configuration>"),
                    Map.of("argLine", agent)::get, BASEDIR);

            assertThat(settings.argLine()).containsExactly("-Xmx1g");
        }

        @Test
        void usesTheArgLinePropertyWhenTheConfigurationHasNoArgLineAsMavenDoes() {
            Function<String, String> properties = Map.of("argLine", "-Dfrom.property=yes -Xmx1g")::get;

            assertThat(SurefireSettings.from(dom("<configuration/>"), properties, BASEDIR).argLine())
                    .containsExactly("-Dfrom.property=yes", "-Xmx1g");
            assertThat(SurefireSettings.from(null, properties, BASEDIR).argLine())
                    .containsExactly("-Dfrom.property=yes", "-Xmx1g");
        }

        @Test
        void prefersTheConfiguredArgLineToTheProperty() {
            SurefireSettings settings = SurefireSettings.from(
                    dom("<configuration><argLine>-Xmx2g</argLine></configuration>"),
                    Map.of("argLine", "-Dfrom.property=yes")::get, BASEDIR);

            assertThat(settings.argLine()).containsExactly("-Xmx2g");
        }

        @Test
        void leavesOutTheJacocoAgentThatPrepareAgentPutsInTheArgLineProperty() {
            String agent = "-javaagent:/home/me/.m2/repository/org/jacoco/org.jacoco.agent/0.8.15/"
                    + "org.jacoco.agent-0.8.15-runtime.jar=destfile=/work/app/target/jacoco.exec";

            SurefireSettings settings = SurefireSettings.from(null,
                    Map.of("argLine", agent + " -Dextra=@{extra}", "extra", "late")::get, BASEDIR);

            assertThat(settings.argLine()).containsExactly("-Dextra=late");
        }

        @Test
        void leavesOutAJacocoAgentCopiedUnderAnotherNameByItsManifest(@TempDir Path lib) throws Exception {
            Path jacoco = agentJar(lib.resolve("jacocoagent.jar"), "org.jacoco.agent.rt.internal_4742761.PreMain");
            Path other = agentJar(lib.resolve("agent.jar"), "com.example.Agent");

            SurefireSettings settings = SurefireSettings.from(dom("<configuration><argLine>-javaagent:" + jacoco
                    + "=destfile=target/jacoco-ut.exec -javaagent:" + other + " -Xmx256m</argLine></configuration>"),
                    NO_PROPERTIES, BASEDIR);

            assertThat(settings.argLine()).containsExactly("-javaagent:" + other, "-Xmx256m");
        }

        private Path agentJar(Path file, String premainClass) throws Exception {
            java.util.jar.Manifest manifest = new java.util.jar.Manifest();
            manifest.getMainAttributes().put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
            manifest.getMainAttributes().putValue("Premain-Class", premainClass);
            new java.util.jar.JarOutputStream(Files.newOutputStream(file), manifest).close();
            return file;
        }

        @Test
        void keepsOtherJavaAgents() {
            SurefireSettings settings = SurefireSettings.from(
                    dom("<configuration><argLine>-javaagent:/libs/mockito-core-5.20.0.jar</argLine></configuration>"),
                    NO_PROPERTIES, BASEDIR);

            assertThat(settings.argLine()).containsExactly("-javaagent:/libs/mockito-core-5.20.0.jar");
        }
    }

    @Test
    void readsSystemPropertyVariablesInOrderWithEmptyValuesAsEmptyStrings() {
        SurefireSettings settings = SurefireSettings.from(dom("""
                <configuration>
                  <systemPropertyVariables>
                    <db.url>jdbc:h2:mem:test</db.url>
                    <feature.flag/>
                    <app.name>shop</app.name>
                  </systemPropertyVariables>
                </configuration>"""), NO_PROPERTIES, BASEDIR);

        assertThat(settings.systemProperties()).containsExactly(Map.entry("db.url", "jdbc:h2:mem:test"),
                Map.entry("feature.flag", ""), Map.entry("app.name", "shop"));
        assertThat(settings.argLine()).isEmpty();
        assertThat(settings.environment()).isEmpty();
    }

    @Test
    void passesUserPropertiesAsSystemPropertiesThatWinAsSurefireDoes() {
        java.util.Properties user = new java.util.Properties();
        user.setProperty("db.url", "jdbc:postgresql://ci-db:5432/test");
        user.setProperty("fearless.services", "external");
        SurefireSettings settings = SurefireSettings.from(dom("""
                <configuration>
                  <systemPropertyVariables>
                    <db.url>jdbc:h2:mem:test</db.url>
                    <app.name>shop</app.name>
                  </systemPropertyVariables>
                </configuration>"""), NO_PROPERTIES, BASEDIR).withUserProperties(user);

        assertThat(settings.systemProperties()).containsExactly(Map.entry("db.url", "jdbc:postgresql://ci-db:5432/test"),
                Map.entry("app.name", "shop"), Map.entry("fearless.services", "external"));
    }

    @Test
    void setsBasedirAndLocalRepositoryLastSoTheyWinAsInSurefiresFork() {
        Properties user = new Properties();
        user.setProperty("basedir", "/elsewhere");
        SurefireSettings settings = SurefireSettings.from(dom("""
                <configuration>
                  <systemPropertyVariables>
                    <basedir>/somewhere</basedir>
                    <app.name>shop</app.name>
                  </systemPropertyVariables>
                </configuration>"""), NO_PROPERTIES, BASEDIR)
                .withUserProperties(user)
                .withForkProperties(BASEDIR, Path.of("/home/me/.m2/repository"));

        assertThat(settings.systemProperties()).containsExactly(Map.entry("basedir", BASEDIR.toString()),
                Map.entry("app.name", "shop"), Map.entry("localRepository", "/home/me/.m2/repository"));
    }

    @Nested
    class IncludesAndExcludes {

        @TempDir
        Path basedir;

        @Test
        void areReadAsWrittenInTheConfiguration() {
            SurefireSettings settings = SurefireSettings.from(dom("""
                    <configuration>
                      <includes><include>**/*Check.java</include><include>**/*Test.java, !**/Slow*</include></includes>
                      <excludes><exclude>**/it/**</exclude><exclude/></excludes>
                    </configuration>"""), NO_PROPERTIES, basedir);

            assertThat(settings.includes()).containsExactly("**/*Check.java", "**/*Test.java, !**/Slow*");
            assertThat(settings.excludes()).containsExactly("**/it/**", "");
        }

        @Test
        void refuseDependenciesToScanWhoseTestsTheGateWouldNotRun() {
            assertThatThrownBy(() -> SurefireSettings.from(dom("""
                    <configuration>
                      <dependenciesToScan><dependency>shop:shop-tests</dependency></dependenciesToScan>
                    </configuration>"""), NO_PROPERTIES, basedir))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("dependenciesToScan runs tests from dependency jars");
            assertThatThrownBy(() -> SurefireSettings.from(dom("<configuration/>"),
                    name -> name.equals("dependenciesToScan") ? "shop:shop-tests" : null, basedir))
                    .hasMessageContaining("dependenciesToScan");
        }

        @Test
        void areEmptyForSurefiresDefaultsWhenNotConfigured() {
            SurefireSettings settings = SurefireSettings.from(dom("<configuration/>"), NO_PROPERTIES, basedir);

            assertThat(settings.includes()).isEmpty();
            assertThat(settings.excludes()).isEmpty();
        }

        @Test
        void comeFromTheIncludesFileFirstWithoutCommentsOrBlankLines() throws Exception {
            Files.writeString(basedir.resolve("tests.txt"), "# the checks\n  **/*Check.java  \n\n**/*Spec.java\n");

            SurefireSettings settings = SurefireSettings.from(dom("""
                    <configuration>
                      <includesFile>tests.txt</includesFile>
                      <includes><include>**/*Test.java</include></includes>
                    </configuration>"""), NO_PROPERTIES, basedir);

            assertThat(settings.includes()).containsExactly("**/*Check.java", "**/*Spec.java", "**/*Test.java");
        }

        @Test
        void comeFromTheExcludesFileThatTheSurefirePropertyNames() throws Exception {
            Path file = Files.writeString(basedir.resolve("slow.txt"), "**/Slow*.java\n");

            SurefireSettings settings = SurefireSettings.from(null,
                    Map.of("surefire.excludesFile", file.toString())::get, basedir);

            assertThat(settings.excludes()).containsExactly("**/Slow*.java");
        }

        @Test
        void refuseAnIncludesFileThatCannotBeRead() {
            assertThatThrownBy(() -> SurefireSettings.from(
                    dom("<configuration><includesFile>missing.txt</includesFile></configuration>"), NO_PROPERTIES,
                    basedir))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("Surefire's includesFile " + basedir.resolve("missing.txt")
                            + " cannot be read (")
                    .hasMessageEndingWith("): the gate would not know which tests Surefire runs; fix the path or"
                            + " remove includesFile");
        }
    }

    @Test
    void readsEnvironmentVariables() {
        SurefireSettings settings = SurefireSettings.from(dom("""
                <configuration>
                  <environmentVariables>
                    <TZ>UTC</TZ>
                    <LANG>en_US.UTF-8</LANG>
                  </environmentVariables>
                </configuration>"""), NO_PROPERTIES, BASEDIR);

        assertThat(settings.environment()).containsExactly(Map.entry("TZ", "UTC"), Map.entry("LANG", "en_US.UTF-8"));
    }

    @Test
    void isEmptyWithoutConfiguration() {
        SurefireSettings settings = SurefireSettings.from(null, NO_PROPERTIES, BASEDIR);

        assertThat(settings.argLine()).isEmpty();
        assertThat(settings.systemProperties()).isEmpty();
        assertThat(settings.environment()).isEmpty();
        assertThat(settings.includes()).isEmpty();
        assertThat(settings.excludes()).isEmpty();
    }

    @Nested
    class ConfigurationInTheModel {

        @Test
        void isTheDefaultTestExecutionsWhichIncludesThePluginLevelConfiguration() {
            Plugin surefire = surefire(dom("<configuration><argLine>-Xmx1g</argLine></configuration>"));
            PluginExecution defaultTest = new PluginExecution();
            defaultTest.setId("default-test");
            defaultTest.setConfiguration(dom("<configuration><argLine>-Xmx2g</argLine></configuration>"));
            surefire.addExecution(defaultTest);
            Build build = new Build();
            build.addPlugin(surefire);

            assertThat(SurefireSettings.configuration(build).getChild("argLine").getValue()).isEqualTo("-Xmx2g");
        }

        @Test
        void isThePluginsWhenItHasNoDefaultTestExecution() {
            Build build = new Build();
            build.addPlugin(surefire(dom("<configuration><argLine>-Xmx1g</argLine></configuration>")));

            assertThat(SurefireSettings.configuration(build).getChild("argLine").getValue()).isEqualTo("-Xmx1g");
        }

        @Test
        void fallsBackToPluginManagement() {
            PluginManagement management = new PluginManagement();
            management.addPlugin(surefire(dom("<configuration><argLine>-ea</argLine></configuration>")));
            Build build = new Build();
            build.setPluginManagement(management);

            assertThat(SurefireSettings.configuration(build).getChild("argLine").getValue()).isEqualTo("-ea");
        }

        @Test
        void isNullWhenTheProjectDoesNotConfigureSurefire() {
            assertThat(SurefireSettings.configuration(new Build())).isNull();
        }

        @Test
        void listsTheOtherExecutionsThatRunTestsWithTheirOwnSelection() throws Exception {
            Plugin surefire = surefire(dom("<configuration><skipTests>true</skipTests></configuration>"));
            surefire.addExecution(execution("default-test", "test", "<configuration/>"));
            surefire.addExecution(execution("integration-tests", "test",
                    "<configuration><includes><include>**/*IT.java</include></includes>"
                            + "<excludes><exclude>**/Slow*</exclude></excludes></configuration>"));
            surefire.addExecution(execution("help", "help", "<configuration/>"));
            PluginExecution off = execution("switched-off", "test", "<configuration/>");
            off.setPhase("none");
            surefire.addExecution(off);
            Model model = new Model();
            model.setBuild(new Build());
            model.getBuild().addPlugin(surefire);
            MavenProject project = new MavenProject(model);
            project.setFile(Path.of("pom.xml").toAbsolutePath().toFile());

            assertThat(SurefireSettings.otherTestExecutions(project, new Properties(), text -> text))
                    .containsExactly(new SurefireSettings.TestExecution("integration-tests", List.of("**/*IT.java"),
                            List.of("**/Slow*")));
        }

        @Test
        void knowsWhenTheDefaultTestExecutionIsSwitchedOff() {
            Plugin surefire = surefire(dom("<configuration/>"));
            Build build = new Build();
            build.addPlugin(surefire);
            assertThat(SurefireSettings.defaultTestRuns(build)).isTrue();

            // The model caches its maps once read: a new one, as Maven builds it.
            Plugin switchedOff = surefire(dom("<configuration/>"));
            PluginExecution defaultTest = execution("default-test", "test", "<configuration/>");
            defaultTest.setPhase("none");
            switchedOff.addExecution(defaultTest);
            Build other = new Build();
            other.addPlugin(switchedOff);

            assertThat(SurefireSettings.defaultTestRuns(other)).isFalse();
        }

        private PluginExecution execution(String id, String goal, String configuration) {
            PluginExecution execution = new PluginExecution();
            execution.setId(id);
            execution.addGoal(goal);
            execution.setConfiguration(dom(configuration));
            return execution;
        }

        private Plugin surefire(Xpp3Dom configuration) {
            Plugin plugin = new Plugin();
            plugin.setGroupId("org.apache.maven.plugins");
            plugin.setArtifactId("maven-surefire-plugin");
            plugin.setConfiguration(configuration);
            return plugin;
        }
    }

    @Nested
    class ConfigurationParameters {

        @Test
        void areReadFromSurefiresPropertiesAsAPropertiesText() {
            SurefireSettings settings = SurefireSettings.from(dom("<configuration><properties>"
                    + "<configurationParameters>junit.jupiter.extensions.autodetection.enabled = true\n"
                    + "# a comment\njunit.jupiter.execution.parallel.enabled=false</configurationParameters>"
                    + "</properties></configuration>"), NO_PROPERTIES, BASEDIR);

            assertThat(settings.configurationParameters()).containsExactly(
                    Map.entry("junit.jupiter.execution.parallel.enabled", "false"),
                    Map.entry("junit.jupiter.extensions.autodetection.enabled", "true"));
        }

        @Test
        void areNoneWithoutThem() {
            assertThat(SurefireSettings.from(dom("<configuration><properties/></configuration>"), NO_PROPERTIES,
                    BASEDIR).configurationParameters()).isEmpty();
            assertThat(SurefireSettings.from(null, NO_PROPERTIES, BASEDIR).configurationParameters()).isEmpty();
        }
    }

    @Nested
    class Expressions {

        @Test
        void areEvaluatedInEveryValueThatHoldsOneAndNowhereElse() {
            Xpp3Dom configuration = dom("<configuration><argLine>-Dport=${runtime.port} @{argLine}</argLine>"
                    + "<systemPropertyVariables><repo>${settings.localRepository}</repo><plain>text</plain>"
                    + "</systemPropertyVariables></configuration>");
            Map<String, String> values = Map.of("-Dport=${runtime.port} @{argLine}", "-Dport=40123 @{argLine}",
                    "${settings.localRepository}", "/root/.m2/repository");

            SurefireSettings settings = SurefireSettings.from(SurefireSettings.evaluated(configuration, values::get),
                    name -> "argLine".equals(name) ? "-ea" : null, BASEDIR);

            assertThat(settings.argLine()).containsExactly("-Dport=40123", "-ea");
            assertThat(settings.systemProperties())
                    .containsExactly(Map.entry("repo", "/root/.m2/repository"), Map.entry("plain", "text"));
            assertThat(configuration.getChild("argLine").getValue()).as("the original is left as it was")
                    .isEqualTo("-Dport=${runtime.port} @{argLine}");
        }
    }

    private static Xpp3Dom dom(String xml) {
        try {
            return Xpp3DomBuilder.build(new StringReader(xml));
        } catch (Exception e) {
            throw new IllegalArgumentException(xml, e);
        }
    }
}
