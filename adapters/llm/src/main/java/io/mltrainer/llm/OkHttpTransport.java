package io.mltrainer.llm;

import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import io.mltrainer.core.port.out.http.RetryAfter;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * LangChain4j's HTTP client on OkHttp. It exists so that errors are classified where they happen with everything
 * the response said: LangChain4j's JDK client keeps the status of an error and loses its {@code retry-after}.
 */
final class OkHttpTransport implements HttpClient {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final OkHttpClient client;
    private final Clock clock;

    OkHttpTransport(OkHttpClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) {
        try (Response response = client.newCall(toOkHttp(request)).execute()) {
            String body = response.body().string();
            if (!response.isSuccessful()) {
                throw failure(response, body);
            }
            return SuccessfulHttpResponse.builder()
                    .statusCode(response.code())
                    .headers(response.headers().toMultimap())
                    .body(body)
                    .build();
        } catch (InterruptedIOException e) {
            // OkHttp reports connect, read and call timeouts alike as interrupted I/O.
            throw new TimeoutException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        // The router asks for whole answers only; a streaming model built on this client is a wiring mistake.
        listener.onError(new UnsupportedOperationException("streaming is not supported by the router's client"));
    }

    private ProviderHttpException failure(Response response, String body) {
        String retryAfter = response.header("retry-after");
        return new ProviderHttpException(
                response.code(),
                ErrorBodies.code(body),
                RetryAfter.parse(
                        retryAfter != null
                                ? retryAfter
                                : ErrorBodies.retryDelay(body).orElse(null),
                        clock));
    }

    private static Request toOkHttp(HttpRequest request) {
        Request.Builder builder = new Request.Builder().url(request.url());
        request.headers().forEach((name, values) -> values.forEach(value -> builder.addHeader(name, value)));
        RequestBody body = request.body() == null ? null : RequestBody.create(request.body(), JSON);
        return builder.method(request.method().name(), body).build();
    }
}
