package dev.fearless.internal.services;

/** Where a test reaches a started service; closing it stops the container, if there is one. */
public interface ServiceEndpoint extends AutoCloseable {
    String host();

    /** The port on {@link #host()} for the given port of the container. */
    int port(int containerPort);

    @Override
    void close();
}
