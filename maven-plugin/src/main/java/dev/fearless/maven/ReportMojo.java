package dev.fearless.maven;

import java.io.File;
import java.nio.file.Path;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;

import dev.fearless.reports.allure.AllureDistribution;
import dev.fearless.reports.allure.AllureReport;
import dev.fearless.reports.allure.AllureReportException;

/**
 * Generates the Allure report of the last gate run, {@code target/fearless/allure-report/index.html}, from the test
 * JVMs' {@code allure-results} and {@code verdict.json}, with Allure's own generator (resolved from Maven Central,
 * run in its own JVM). Fails when there is nothing to report: run a gate first.
 *
 * <pre>{@code mvn verify -Pgate=predeploy; mvn fearless:report}</pre>
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ReportMojo extends AbstractMojo {

    /** Skips the report, as it skips the gate. */
    @Parameter(property = "fearless.skip", defaultValue = "false")
    private boolean skip;

    /** The gate's report directory, with {@code verdict.json} and {@code allure-results}. */
    @Parameter(defaultValue = "${project.build.directory}/fearless", required = true)
    private File reportDirectory;

    /** An unpacked {@code allure-commandline} distribution; by default the zip is resolved and unpacked. */
    @Parameter(property = "fearless.allureHome")
    private File allureHome;

    /** Where the resolved zip is unpacked, once for every project. */
    @Parameter(property = "fearless.cacheDirectory", defaultValue = "${user.home}/.fearless")
    private File cacheDirectory;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Component
    private RepositorySystem repositorySystem;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("Skipping Fearless report (fearless.skip=true)");
            return;
        }
        if (GateMojo.POM_PACKAGING.equals(project.getPackaging())) {
            // As the gate goal: a parent or aggregator is never gated, so it has no results to report.
            getLog().info("Skipping Fearless report for " + project.getArtifactId() + ": pom packaging is not gated;"
                    + " each module's report is made in its own build");
            return;
        }
        try {
            // Before the zip is resolved: with nothing to report, there is nothing to download either.
            AllureReport.requireResults(reportDirectory.toPath());
            Path index = AllureReport.generate(reportDirectory.toPath(), AllureDistribution.at(allureHome()));
            getLog().info("Fearless report: " + index);
        } catch (AllureReportException e) {
            throw new MojoExecutionException("Fearless report: " + e.getMessage(), e);
        }
    }

    private Path allureHome() throws MojoExecutionException {
        if (allureHome != null) {
            return allureHome.toPath();
        }
        Path zip = new AllureResolver(repositorySystem, session.getRepositorySession(),
                project.getRemoteProjectRepositories()).resolve();
        return AllureDistribution.unpack(zip, cacheDirectory.toPath());
    }
}
