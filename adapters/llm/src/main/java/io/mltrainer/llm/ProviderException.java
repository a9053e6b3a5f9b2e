package io.mltrainer.llm;

/**
 * One failed attempt, carried through Resilience4j so that its retry and breaker can judge it. It has no cause and
 * no stack: provider exceptions can quote answers, and this one only travels between the router's own decorators.
 */
final class ProviderException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient ProviderFailure failure;

    ProviderException(ProviderFailure failure) {
        super(failure.outcome(), null, false, false);
        this.failure = failure;
    }

    ProviderFailure failure() {
        return failure;
    }

    static boolean providerFault(Throwable t) {
        return t instanceof ProviderException e && e.failure.providerFault();
    }
}
