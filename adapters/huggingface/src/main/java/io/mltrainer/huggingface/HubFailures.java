package io.mltrainer.huggingface;

import io.mltrainer.core.domain.FailureKind;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.port.out.http.HttpFailure;
import io.mltrainer.core.port.out.http.HttpFailures;
import java.time.Clock;

/**
 * Hub answers that are not successes, classified where they happen: a refused token is an authentication failure
 * that says how to get a new one, 429 and 5xx are transient with the wait the Hub asked for, the rest is bad input.
 * Messages quote the Hub, never the token.
 */
final class HubFailures {
    private HubFailures() {}

    static StageException of(HubReply reply, String action, Clock clock) {
        String said = reply.error().isBlank() ? "" : ": " + reply.error();
        HttpFailure.Kind kind = HttpFailures.kindOfError(reply.code());
        if (kind == HttpFailure.Kind.AUTHENTICATION && reply.code() == 401) {
            return new StageException(
                    FailureKind.AUTHENTICATION,
                    "Hugging Face refused the token (401" + said + "). It may be mistyped, expired or revoked: create"
                            + " a new one at " + WriteRules.TOKENS_PAGE + " and send it to me privately.");
        }
        if (kind == HttpFailure.Kind.AUTHENTICATION) {
            return new StageException(
                    FailureKind.AUTHENTICATION,
                    "The token is not allowed to " + action + " (403" + said + "): give it the missing permission at "
                            + WriteRules.TOKENS_PAGE + ".");
        }
        if (kind == HttpFailure.Kind.RATE_LIMITED) {
            return StageException.transientFailure(
                    "Hugging Face is rate-limiting requests (429) while trying to " + action + "; "
                            + RetryWait.phrase(reply.headers(), clock) + ".",
                    null);
        }
        if (kind == HttpFailure.Kind.UNAVAILABLE) {
            return StageException.transientFailure(
                    "Hugging Face had a server error (" + reply.code() + said + ") while trying to " + action
                            + "; retry in a minute.",
                    null);
        }
        return StageException.badInput(
                "Hugging Face refused to " + action + " (" + reply.code() + (said.isEmpty() ? "" : said) + ").");
    }
}
