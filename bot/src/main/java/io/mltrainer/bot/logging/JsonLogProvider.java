package io.mltrainer.bot.logging;

import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The SLF4J provider of {@code MLTRAINER_LOG_FORMAT=json}: one JSON object per line on standard error. Chosen with
 * the {@code slf4j.provider} system property (set by {@code Main}); it is not registered as a service, so the plain
 * text logging (slf4j-simple) stays the only provider SLF4J finds otherwise.
 */
public final class JsonLogProvider implements SLF4JServiceProvider {
    private ILoggerFactory loggers;
    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final MDCAdapter mdc = new NOPMDCAdapter();

    public JsonLogProvider() {
        // for SLF4J, which creates it by reflection
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return loggers;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {
        loggers = JsonLoggers.fromEnvironment(System.getenv());
    }
}
