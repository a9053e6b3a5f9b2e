package io.mltrainer.core.domain;

import io.mltrainer.core.domain.DeploymentSpec.DeployTarget;
import io.mltrainer.core.domain.secrets.SecretRef;

/**
 * What an intake has collected so far. Text is stored with secret references only. {@code parsed} is what the
 * request's words were understood as (may be null); the explicit fields win over it.
 */
public record IntakeFields(
        String request,
        ParsedIntent parsed,
        String dataset,
        RuntimeKind runtime,
        DeployTarget deployTarget,
        String hfNamespace,
        String repoName,
        SecretRef hfToken,
        SecretRef kaggleToken,
        String kaggleUsername,
        SecretRef kaggleKey,
        SecretRef modalTokenId,
        SecretRef modalTokenSecret,
        LlmProvider ownerProvider,
        SecretRef ownerKey) {

    public static final IntakeFields EMPTY =
            new IntakeFields(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Changes a few fields of an immutable record without a fifteen-argument constructor call. */
    public static final class Builder {
        public String request;
        public ParsedIntent parsed;
        public String dataset;
        public RuntimeKind runtime;
        public DeployTarget deployTarget;
        public String hfNamespace;
        public String repoName;
        public SecretRef hfToken;
        public SecretRef kaggleToken;
        public String kaggleUsername;
        public SecretRef kaggleKey;
        public SecretRef modalTokenId;
        public SecretRef modalTokenSecret;
        public LlmProvider ownerProvider;
        public SecretRef ownerKey;

        Builder(IntakeFields f) {
            request = f.request;
            parsed = f.parsed;
            dataset = f.dataset;
            runtime = f.runtime;
            deployTarget = f.deployTarget;
            hfNamespace = f.hfNamespace;
            repoName = f.repoName;
            hfToken = f.hfToken;
            kaggleToken = f.kaggleToken;
            kaggleUsername = f.kaggleUsername;
            kaggleKey = f.kaggleKey;
            modalTokenId = f.modalTokenId;
            modalTokenSecret = f.modalTokenSecret;
            ownerProvider = f.ownerProvider;
            ownerKey = f.ownerKey;
        }

        public IntakeFields build() {
            return new IntakeFields(
                    request,
                    parsed,
                    dataset,
                    runtime,
                    deployTarget,
                    hfNamespace,
                    repoName,
                    hfToken,
                    kaggleToken,
                    kaggleUsername,
                    kaggleKey,
                    modalTokenId,
                    modalTokenSecret,
                    ownerProvider,
                    ownerKey);
        }
    }
}
