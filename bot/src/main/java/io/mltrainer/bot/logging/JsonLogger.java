package io.mltrainer.bot.logging;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mltrainer.core.domain.secrets.SecretScanner;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.function.Supplier;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/**
 * One JSON object per log line: {@code timestamp}, {@code level}, {@code logger}, {@code thread}, {@code message}
 * and, when there is one, {@code exception} (its stack trace). Message and exception are masked with
 * {@link SecretScanner#maskAll} before they are written: a credential never reaches a log.
 */
final class JsonLogger extends LegacyAbstractLogger {
    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient Level threshold;
    private final transient Supplier<PrintStream> out;
    private final transient Clock clock;

    JsonLogger(String name, Level threshold, Supplier<PrintStream> out, Clock clock) {
        this.name = name;
        this.threshold = threshold;
        this.out = out;
        this.clock = clock;
    }

    /** A log line as written. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Line(String timestamp, String level, String logger, String thread, String message, String exception) {}

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(
            Level level, Marker marker, String messagePattern, Object[] arguments, Throwable throwable) {
        String message = MessageFormatter.basicArrayFormat(messagePattern, arguments);
        Line line = new Line(
                clock.instant().toString(),
                level.name(),
                name,
                Thread.currentThread().getName(),
                SecretScanner.maskAll(message == null ? "" : message),
                throwable == null ? null : SecretScanner.maskAll(stackTrace(throwable)));
        String text;
        try {
            text = JSON.writeValueAsString(line);
        } catch (JsonProcessingException e) {
            text = "{\"level\":\"ERROR\",\"message\":\"a log line could not be written as JSON\"}";
        }
        PrintStream stream = out.get();
        synchronized (stream) {
            stream.println(text);
            stream.flush();
        }
    }

    private static String stackTrace(Throwable throwable) {
        StringWriter trace = new StringWriter();
        throwable.printStackTrace(new PrintWriter(trace));
        return trace.toString().strip();
    }

    private boolean enabled(Level level) {
        return level.toInt() >= threshold.toInt();
    }

    @Override
    public boolean isTraceEnabled() {
        return enabled(Level.TRACE);
    }

    @Override
    public boolean isDebugEnabled() {
        return enabled(Level.DEBUG);
    }

    @Override
    public boolean isInfoEnabled() {
        return enabled(Level.INFO);
    }

    @Override
    public boolean isWarnEnabled() {
        return enabled(Level.WARN);
    }

    @Override
    public boolean isErrorEnabled() {
        return enabled(Level.ERROR);
    }
}
