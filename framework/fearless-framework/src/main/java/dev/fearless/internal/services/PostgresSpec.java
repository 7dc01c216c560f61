package dev.fearless.internal.services;

/**
 * A PostgreSQL service as declared: its name (the settings' prefix), and for a container the image, database and
 * credentials.
 */
public record PostgresSpec(String name, String image, String database, String username, String password) {

    public static PostgresSpec defaults() {
        return new PostgresSpec("postgres", "postgres:17-alpine", "test", "test", "test");
    }

    public String key(String setting) {
        return "fearless.services." + name + "." + setting;
    }
}
