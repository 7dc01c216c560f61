package dev.fearless.maven;

import java.nio.file.Path;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/**
 * Resolves {@code junit-platform-launcher} from the project's repositories. The single jar is enough: the launcher
 * needs only {@code junit-platform-engine} and its dependencies, which are on the test class path already.
 */
final class LauncherResolver {

    private final RepositorySystem system;
    private final RepositorySystemSession session;
    private final List<RemoteRepository> repositories;

    LauncherResolver(RepositorySystem system, RepositorySystemSession session, List<RemoteRepository> repositories) {
        this.system = system;
        this.session = session;
        this.repositories = List.copyOf(repositories);
    }

    Path resolve(JUnitPlatform platform) throws MojoExecutionException {
        String coordinates = platform.launcherCoordinates();
        ArtifactRequest request = new ArtifactRequest(new DefaultArtifact(coordinates), repositories, null);
        try {
            return system.resolveArtifact(session, request).getArtifact().getFile().toPath();
        } catch (ArtifactResolutionException e) {
            throw new MojoExecutionException("Cannot resolve " + coordinates + ", which runs the tests in the gate's"
                    + " test JVM: " + e.getMessage() + ". Check the project's repositories, or add it as a test"
                    + " dependency.", e);
        }
    }
}
