package io.mltrainer.datasets;

import io.mltrainer.core.domain.FailureKind;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.port.out.CancellationToken;
import io.mltrainer.core.port.out.http.HttpFailure;
import io.mltrainer.core.port.out.http.HttpFailures;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import okhttp3.Call;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Downloads one URL to a file within {@link FetchLimits}: every redirect is followed here, one hop at a time, so that
 * each hop is checked like the first; the build's cancellation aborts the transfer at once (a watcher cancels the
 * call, which a blocked read would not notice). For builds limited to public addresses every host is checked after
 * DNS resolution, and the connection goes to the checked address (see {@link PublicAddresses}). Messages name the
 * address as the user may see it ({@code shown}, credentials masked) and never quote what the server sent.
 */
final class UrlFetcher {
    static final int MAX_REDIRECTS = 5;
    private static final long WATCH_MILLIS = 200;

    private final OkHttpClient anyAddress;
    private final OkHttpClient publicOnly;
    private final Predicate<InetAddress> isPublic;
    private final FetchLimits limits;
    private final ScheduledExecutorService watcher;
    private final Clock clock;

    UrlFetcher(OkHttpClient base, FetchLimits limits, ScheduledExecutorService watcher, Clock clock) {
        this(base, PublicAddresses::isPublic, limits, watcher, clock);
    }

    /** @param isPublic which addresses a chat build may reach ({@link PublicAddresses#isPublic}) */
    UrlFetcher(
            OkHttpClient base,
            Predicate<InetAddress> isPublic,
            FetchLimits limits,
            ScheduledExecutorService watcher,
            Clock clock) {
        this.isPublic = isPublic;
        this.anyAddress = base.newBuilder()
                .followRedirects(false)
                .followSslRedirects(false)
                .build();
        this.publicOnly = anyAddress
                .newBuilder()
                .dns(new PublicAddresses(isPublic))
                .proxy(Proxy.NO_PROXY)
                .build();
        this.limits = limits;
        this.watcher = watcher;
        this.clock = clock;
    }

    /** What was downloaded: its size and the SHA-256 of its content. */
    record Fetched(long bytes, String sha256) {}

    Fetched fetch(HttpUrl url, String shown, Path file, boolean publicAddressesOnly, CancellationToken cancellation) {
        Instant deadline = clock.instant().plus(limits.deadline());
        HttpUrl hop = url;
        for (int redirects = 0; redirects <= MAX_REDIRECTS; redirects++) {
            if (publicAddressesOnly) {
                requirePublic(hop.host(), shown);
            }
            Call call = (publicAddressesOnly ? publicOnly : anyAddress).newCall(request(hop, url));
            call.timeout()
                    .timeout(
                            Math.max(
                                    1,
                                    Duration.between(clock.instant(), deadline).toMillis()),
                            TimeUnit.MILLISECONDS);
            ScheduledFuture<?> watch = watcher.scheduleAtFixedRate(
                    () -> {
                        if (cancellation.isCancelled()) {
                            call.cancel();
                        }
                    },
                    WATCH_MILLIS,
                    WATCH_MILLIS,
                    TimeUnit.MILLISECONDS);
            try (Response response = call.execute()) {
                if (!response.isRedirect()) {
                    check(shown, response);
                    return copy(response, file, shown);
                }
                hop = next(hop, response, shown);
            } catch (IOException e) {
                throw failure(e, shown, deadline, cancellation);
            } finally {
                watch.cancel(false);
            }
        }
        throw StageException.badInput(
                shown + " redirects more than " + MAX_REDIRECTS + " times. Link the file itself.");
    }

    /**
     * A request for one hop. OkHttp does not turn a URL's {@code user:password@} into a login: it is sent as Basic
     * authentication, and only to the host that the URL named (a redirect elsewhere does not get it).
     */
    private static Request request(HttpUrl hop, HttpUrl first) {
        Request.Builder request = new Request.Builder().get();
        if (!first.username().isEmpty() && hop.host().equals(first.host())) {
            request.header("Authorization", Credentials.basic(first.username(), first.password()));
        }
        return request.url(hop.newBuilder().username("").password("").build()).build();
    }

    private static HttpUrl next(HttpUrl from, Response response, String shown) {
        String location = response.header("Location");
        HttpUrl to = location == null ? null : from.resolve(location);
        if (to == null) {
            throw StageException.badInput(shown + " redirects to an address I cannot follow. Link the file itself.");
        }
        return to;
    }

    /** A host given as an address is never looked up, so the resolver cannot check it: it is checked here. */
    private void requirePublic(String host, String shown) {
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (!isPublic.test(address)) {
                    throw refused(shown);
                }
            }
        } catch (java.net.UnknownHostException e) {
            throw StageException.badInput(shown + ": the host name does not resolve. Check the address.");
        }
    }

    private StageException failure(IOException e, String shown, Instant deadline, CancellationToken cancellation) {
        if (cancellation.isCancelled()) {
            // A cancel also interrupts the worker to wake it from waits; the download is over, and the build's
            // last checkpoint must not meet a pending interrupt (file channels close on one).
            Thread.interrupted();
            return new StageException(FailureKind.CANCELLED, "cancelled while downloading " + shown);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PublicAddresses.Refused) {
                return refused(shown);
            }
        }
        if (!clock.instant().isBefore(deadline)) {
            return StageException.badInput("Downloading " + shown + " took longer than "
                    + limits.deadline().toSeconds() + " s, the limit for a download. Put the data on the Hugging Face"
                    + " Hub or Kaggle, or attach a copy.");
        }
        return StageException.transientFailure("Downloading " + shown + " failed: " + e.getMessage(), e);
    }

    static StageException refused(String shown) {
        return StageException.badInput("I can't fetch " + shown + " from a chat: it points at this machine or a"
                + " private network (or redirects there). Only public internet addresses can be used here; attach the"
                + " file to the thread instead.");
    }

    private void check(String shown, Response response) {
        int status = response.code();
        HttpFailure.Kind kind = status >= 400 ? HttpFailures.kindOfError(status) : null;
        if (kind == HttpFailure.Kind.AUTHENTICATION) {
            throw StageException.badInput(shown + " needs a login (HTTP " + status + "). Download it and give the"
                    + " local file, or use a public link.");
        }
        if (kind == HttpFailure.Kind.NOT_FOUND) {
            throw StageException.badInput(shown + " does not exist (HTTP " + status + "). Check the address.");
        }
        if (kind != null && kind.retryable()) {
            throw StageException.transientFailure(shown + " answered HTTP " + status + "; trying again later.", null);
        }
        if (kind != null) {
            throw StageException.badInput(shown + " answered HTTP " + status + ". Check the address.");
        }
        String type = response.header("Content-Type", "").toLowerCase(Locale.ROOT);
        if (type.startsWith("text/html")) {
            throw StageException.badInput(shown + " is a web page, not a data file. Link the raw file (for GitHub, the"
                    + " \"Raw\" button's address).");
        }
        if (response.body().contentLength() > limits.maxBytes()) {
            throw tooLarge(shown);
        }
    }

    private Fetched copy(Response response, Path file, String shown) throws IOException {
        MessageDigest sha256 = sha256();
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = response.body().byteStream();
                OutputStream out = Files.newOutputStream(file)) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                total += n;
                if (total > limits.maxBytes()) {
                    throw tooLarge(shown);
                }
                out.write(buffer, 0, n);
                sha256.update(buffer, 0, n);
            }
        }
        return new Fetched(total, HexFormat.of().formatHex(sha256.digest()));
    }

    private StageException tooLarge(String shown) {
        return StageException.badInput(shown + " is larger than " + limits.maxBytes() / (1024 * 1024) + " MB, the"
                + " limit for a download (MLTRAINER_DOWNLOAD_MAX_MB). Put it on the Hugging Face Hub or Kaggle (only"
                + " samples are read there), or give a local copy.");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
