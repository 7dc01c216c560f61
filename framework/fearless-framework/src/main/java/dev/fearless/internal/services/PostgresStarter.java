package dev.fearless.internal.services;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import dev.fearless.internal.settings.Settings;
import dev.fearless.services.ServiceChoice;
import dev.fearless.services.ServiceChoice.Source;
import dev.fearless.target.Secret;

import org.junit.jupiter.api.extension.ExtensionContext;

/** Decides where a declared PostgreSQL runs, says so, and starts it there. */
public final class PostgresStarter {
    private PostgresStarter() {
    }

    public static Running<PostgresEndpoint> start(PostgresSpec spec, ExtensionContext context,
            Supplier<DockerStatus> docker) {
        Settings settings = Settings.of(context);
        Optional<String> url = settings.get(spec.key("url"));
        Placement placement = Placement.decide(spec.name(), ServiceMode.from(settings), docker,
                List.of(spec.key("url"), spec.key("username"), spec.key("password")),
                url.isPresent() ? List.of() : List.of(spec.key("url")));
        // The password is masked wherever it shows from now on, alone or in the URL (?password=...).
        settings.get(spec.key("password")).ifPresent(Secret::of);
        if (placement.source() == Source.EXTERNAL) {
            ServiceChoice choice = new ServiceChoice(spec.name(), Source.EXTERNAL, url.orElseThrow(), placement.reason());
            ServiceLog.chosen(context, choice);
            String username = settings.get(spec.key("username")).orElse(System.getProperty("user.name"));
            String password = settings.get(spec.key("password")).orElse(null);
            return new Running<>(choice, ExternalPostgres.open(spec, url.get(), username, password));
        }
        ServiceChoice choice = new ServiceChoice(spec.name(), Source.CONTAINER, spec.image(), placement.reason());
        ServiceLog.chosen(context, choice);
        return new Running<>(choice, ContainerPostgres.start(spec));
    }
}
