package io.mltrainer.llm;

import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import java.time.Clock;
import java.time.Duration;
import okhttp3.OkHttpClient;

/** Builds {@link OkHttpTransport}s that share one connection pool; each model sets its own timeouts. */
final class OkHttpTransportBuilder implements HttpClientBuilder {
    private final OkHttpClient shared;
    private final Clock clock;
    private Duration connectTimeout;
    private Duration readTimeout;

    OkHttpTransportBuilder(OkHttpClient shared, Clock clock) {
        this.shared = shared;
        this.clock = clock;
    }

    @Override
    public Duration connectTimeout() {
        return connectTimeout;
    }

    @Override
    public HttpClientBuilder connectTimeout(Duration timeout) {
        this.connectTimeout = timeout;
        return this;
    }

    @Override
    public Duration readTimeout() {
        return readTimeout;
    }

    @Override
    public HttpClientBuilder readTimeout(Duration timeout) {
        this.readTimeout = timeout;
        return this;
    }

    @Override
    public HttpClient build() {
        OkHttpClient.Builder builder = shared.newBuilder();
        if (connectTimeout != null) {
            builder.connectTimeout(connectTimeout);
        }
        if (readTimeout != null) {
            // A provider that trickles bytes never trips a read timeout; bound the whole exchange as well.
            builder.readTimeout(readTimeout).callTimeout(readTimeout);
        }
        return new OkHttpTransport(builder.build(), clock);
    }
}
