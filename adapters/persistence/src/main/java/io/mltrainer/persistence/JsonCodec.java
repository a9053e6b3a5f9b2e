package io.mltrainer.persistence;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.mltrainer.core.domain.JobContext;
import io.mltrainer.core.domain.JobEvent;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The JSON form of what the database keeps as documents: job contexts and events. Instants are ISO-8601 strings;
 * unknown properties are ignored so that an older mltrainer can read what a newer one wrote.
 */
public final class JsonCodec {
    private static final Map<Class<?>, String> EVENT_TYPES = Arrays.stream(
                    JobEvent.class.getAnnotation(JsonSubTypes.class).value())
            .collect(Collectors.toUnmodifiableMap(JsonSubTypes.Type::value, JsonSubTypes.Type::name));

    public String write(JobContext context) {
        return write(context, JobContext.class);
    }

    public JobContext readContext(String json) {
        return read(json, JobContext.class);
    }

    public String write(JobEvent event) {
        return write(event, JobEvent.class);
    }

    public JobEvent readEvent(String json) {
        return read(json, JobEvent.class);
    }

    /** The name an event is stored under, as in its JSON {@code type} property ("stage_started"...). */
    public String typeOf(JobEvent event) {
        String type = EVENT_TYPES.get(event.getClass());
        if (type == null) {
            throw new IllegalArgumentException(event.getClass().getName() + " has no @JsonSubTypes name on JobEvent");
        }
        return type;
    }

    /** Any other document (an adapter's own record), with the same settings. */
    public <T> String write(T value, Class<? super T> type) {
        try {
            return Documents.MAPPER.writerFor(type).writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write " + type.getSimpleName() + " as JSON", e);
        }
    }

    public <T> T read(String json, Class<T> type) {
        try {
            return Documents.MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot read " + type.getSimpleName() + " from JSON", e);
        }
    }

    /**
     * The mapper, made when a document is first read or written (a class initialised on first use): a command that
     * touches no document ({@code jobs}) does not pay for building it.
     */
    private static final class Documents {
        static final ObjectMapper MAPPER = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(new Jdk8Module())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .defaultPropertyInclusion(
                        JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.ALWAYS))
                .build();

        private Documents() {}
    }
}
