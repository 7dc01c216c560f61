package dev.fearless.internal.junit;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.lang.reflect.Parameter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

import dev.fearless.http.Api;
import dev.fearless.http.Service;
import dev.fearless.internal.attach.Attachments;
import dev.fearless.internal.http.Exchange;
import dev.fearless.internal.http.ExchangeRecorder;
import dev.fearless.target.TargetConfigurationException;
import dev.fearless.target.TargetEnvironment;
import io.restassured.specification.RequestSpecification;

/**
 * The JUnit Jupiter extension behind {@link dev.fearless.target.FearlessTest} and the layer annotations.
 *
 * <ul>
 *   <li>Resolves {@link TargetEnvironment}, {@link Api} and {@link RequestSpecification} parameters; the target is
 *       read once per run.</li>
 *   <li>When a test fails, prints and attaches the HTTP exchanges it made, credentials masked.</li>
 *   <li>Masks credentials in the exceptions of tests and their {@code @BeforeEach}/{@code @AfterEach} methods.</li>
 * </ul>
 */
@API(status = INTERNAL, since = "0.1")
public final class FearlessExtension implements ParameterResolver, BeforeEachCallback, AfterEachCallback,
        TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(FearlessExtension.class);
    private static final String STARTED = "started";

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == TargetEnvironment.class || type == Api.class || type == RequestSpecification.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Parameter declared = parameter.getParameter();
        Optional<Service> service = parameter.findAnnotation(Service.class);
        try {
            TargetEnvironment target = target(context);
            if (declared.getType() == TargetEnvironment.class) {
                if (service.isPresent()) {
                    throw new ParameterResolutionException("@Service applies to Api and RequestSpecification "
                            + "parameters; for the target, call target.service(\"" + service.get().value() + "\")");
                }
                return target;
            }
            Api api = service.isPresent() ? Api.of(target, service.get().value()) : Api.of(target);
            ExchangeRecorder recorder = new ExchangeRecorder();
            recorders(context).add(recorder);
            api = api.withFilter(recorder);
            return declared.getType() == Api.class ? api : api.spec();
        } catch (TargetConfigurationException e) {
            throw new ParameterResolutionException(e.getMessage(), e);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(NAMESPACE).put(STARTED, Instant.now());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (context.getExecutionException().isEmpty()) {
            return;
        }
        Instant started = context.getStore(NAMESPACE).get(STARTED, Instant.class);
        List<Exchange> exchanges = new ArrayList<>();
        for (ExtensionContext level = context; level != null; level = level.getParent().orElse(null)) {
            List<ExchangeRecorder> recorders = ownRecorders(level);
            recorders.forEach(recorder -> exchanges.addAll(recorder.since(started == null ? Instant.MIN : started)));
        }
        if (exchanges.isEmpty()) {
            return;
        }
        exchanges.sort(Comparator.comparing(Exchange::start));
        String transcript = exchanges.stream().map(Exchange::format).collect(Collectors.joining("\n"));
        Attachments.publish("HTTP requests and responses of failed test " + context.getDisplayName()
                + " (" + exchanges.size() + ")", transcript);
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        throw MaskedThrowables.mask(throwable);
    }

    @Override
    public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable throwable)
            throws Throwable {
        throw MaskedThrowables.mask(throwable);
    }

    @Override
    public void handleAfterEachMethodExecutionException(ExtensionContext context, Throwable throwable)
            throws Throwable {
        throw MaskedThrowables.mask(throwable);
    }

    // @BeforeAll and @AfterAll too (when a layer annotation is on the class): their failure is every test's message.
    @Override
    public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable throwable)
            throws Throwable {
        throw MaskedThrowables.mask(throwable);
    }

    @Override
    public void handleAfterAllMethodExecutionException(ExtensionContext context, Throwable throwable)
            throws Throwable {
        throw MaskedThrowables.mask(throwable);
    }

    /**
     * The target of this run, read once and shared: for other Fearless extensions (the browser's, say), which must
     * not resolve {@link TargetEnvironment} parameters themselves, or JUnit would find two resolvers for one parameter.
     *
     * @throws TargetConfigurationException when no target is set
     */
    public static TargetEnvironment target(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(TargetEnvironment.class, type -> TargetEnvironment.resolve(), TargetEnvironment.class);
    }

    /** The recorders created for parameters of this very context, kept in its own store so they go when it ends. */
    private static List<ExchangeRecorder> recorders(ExtensionContext context) {
        @SuppressWarnings("unchecked")
        List<ExchangeRecorder> recorders = context.getStore(NAMESPACE)
                .getOrComputeIfAbsent(recordersKey(context), key -> new java.util.concurrent.CopyOnWriteArrayList<>(),
                        List.class);
        return recorders;
    }

    @SuppressWarnings("unchecked")
    private static List<ExchangeRecorder> ownRecorders(ExtensionContext context) {
        List<ExchangeRecorder> recorders = context.getStore(NAMESPACE).get(recordersKey(context), List.class);
        return recorders == null ? List.of() : recorders;
    }

    private static String recordersKey(ExtensionContext context) {
        return "recorders " + context.getUniqueId();
    }
}
