package io.mltrainer.bot;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.mltrainer.core.domain.JobStatus;
import io.mltrainer.core.pipeline.EventBus;
import io.mltrainer.core.port.out.Deliveries;
import io.mltrainer.core.port.out.JobRepository;
import io.mltrainer.core.port.out.llm.ChatModelPort;
import io.mltrainer.core.port.out.llm.ChatReply;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;

/**
 * The metrics of {@code serve}, in Prometheus' text format on {@code /metrics}; every name starts with {@code
 * mltrainer_}. Builds and stages are read from the event bus ({@link BuildMetrics}), language-model calls and chat
 * de-duplication through decorators of their ports, HTTP requests by {@link HttpFront}.
 */
final class Metrics implements Telemetry {
    static final String PREFIX = "mltrainer_";

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    MeterRegistry registry() {
        return registry;
    }

    /** Every metric, in the Prometheus text exposition format. */
    String scrape() {
        return registry.scrape();
    }

    @Override
    public ChatModelPort llm(ChatModelPort llm) {
        return call -> {
            Timer.Sample sample = Timer.start(registry);
            String provider = "none";
            String outcome = "error";
            try {
                Optional<ChatReply> reply = llm.chat(call);
                provider = reply.map(r -> r.provider().id()).orElse("none");
                outcome = reply.isPresent() ? "ok" : "unavailable";
                return reply;
            } finally {
                sample.stop(Timer.builder(PREFIX + "llm_calls")
                        .description("Language-model calls by the provider that answered and their outcome"
                                + " (ok, unavailable: no provider answered, error)")
                        .tag("provider", provider)
                        .tag("outcome", outcome)
                        .register(registry));
            }
        };
    }

    @Override
    public Deliveries deliveries(Deliveries deliveries) {
        return (platform, id) -> {
            boolean first = deliveries.firstDelivery(platform, id);
            Counter.builder(PREFIX + "chat_events")
                    .description("Chat events received, handled or dropped as a repeated delivery")
                    .tag("platform", platform)
                    .tag("outcome", first ? "handled" : "deduplicated")
                    .register(registry)
                    .increment();
            return first;
        };
    }

    @Override
    public void watch(EventBus events, JobRepository jobs) {
        events.subscribe(new BuildMetrics(registry, jobs));
        for (JobStatus status : EnumSet.of(JobStatus.QUEUED, JobStatus.RUNNING, JobStatus.AWAITING_RUN)) {
            Gauge.builder(PREFIX + "builds_active", jobs, j -> count(j, status))
                    .description("Builds in an active state now (queued: the queue depth; awaiting_run: builds"
                            + " waiting on a remote training run)")
                    .tag("status", status.name().toLowerCase(Locale.ROOT))
                    .register(registry);
        }
    }

    /** Counts one HTTP request on the context {@code path}. */
    void httpRequest(String path, String method, int status, Duration duration) {
        Timer.builder(PREFIX + "http_requests")
                .description("HTTP requests by context path, method and status")
                .tag("path", path)
                .tag("method", method)
                .tag("status", Integer.toString(status))
                .register(registry)
                .record(duration);
    }

    private static double count(JobRepository jobs, JobStatus status) {
        try {
            return jobs.findByStatus(EnumSet.of(status)).size();
        } catch (RuntimeException e) {
            // the database is away: readiness says so; the gauge has no value now
            return Double.NaN;
        }
    }
}
