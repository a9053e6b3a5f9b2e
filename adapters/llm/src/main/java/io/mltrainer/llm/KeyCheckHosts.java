package io.mltrainer.llm;

import io.mltrainer.core.domain.LlmProvider;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Where a key check may send a key. A model chooses the tool's arguments, and a prompt could ask it to send the
 * user's key elsewhere: keys go only to the provider's own host, the configured one, or this machine.
 */
final class KeyCheckHosts {
    private KeyCheckHosts() {}

    /** The base URL to check against; empty when {@code requested} points somewhere a key must not go. */
    static Optional<String> baseUrl(LlmSettings settings, LlmProvider provider, String requested) {
        Endpoint configured = settings.endpoint(provider);
        if (requested == null || requested.isBlank()) {
            return Optional.of(configured.baseUrl());
        }
        Endpoint asked;
        try {
            asked = configured.withBaseUrl(requested);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        boolean allowed = provider == LlmProvider.OLLAMA // Ollama gets no key: any host may be checked
                || sameHost(asked, configured)
                || sameHost(asked, Endpoint.defaultFor(provider))
                || loopback(asked);
        return allowed ? Optional.of(asked.baseUrl()) : Optional.empty();
    }

    private static boolean sameHost(Endpoint a, Endpoint b) {
        return host(a).filter(h -> h.equalsIgnoreCase(host(b).orElse(""))).isPresent()
                && a.baseUrl().startsWith("https://") == b.baseUrl().startsWith("https://");
    }

    private static boolean loopback(Endpoint endpoint) {
        return host(endpoint).filter(KeyCheckHosts::isLoopback).isPresent();
    }

    private static boolean isLoopback(String host) {
        try {
            // Only literal addresses and "localhost": resolving arbitrary names would let DNS decide.
            return host.equalsIgnoreCase("localhost")
                    || ((host.matches("\\d{1,3}(\\.\\d{1,3}){3}") || host.startsWith("["))
                            && InetAddress.getByName(host).isLoopbackAddress());
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static Optional<String> host(Endpoint endpoint) {
        try {
            return Optional.ofNullable(new URI(endpoint.baseUrl()).getHost());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
