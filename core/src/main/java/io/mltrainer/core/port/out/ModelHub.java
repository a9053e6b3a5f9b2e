package io.mltrainer.core.port.out;

import io.mltrainer.core.domain.Credentials;
import io.mltrainer.core.domain.Deployment;
import io.mltrainer.core.domain.StageException;

/** The Hugging Face Hub as the place a model and its demo are published. */
public interface ModelHub {
    /**
     * The namespace a build publishes under: {@code requested} (an organisation) or the token's own account, after
     * checking that the token may write there.
     */
    String namespace(String owner, Credentials credentials, String requested);

    /** Creates what is missing and sends what the Hub does not have yet; publishing twice sends nothing new. */
    Deployment publish(HubRelease release);

    /** No Hub configured: asking for it says so. */
    ModelHub NONE = new ModelHub() {
        @Override
        public String namespace(String owner, Credentials credentials, String requested) {
            throw StageException.badInput(
                    "Publishing to the Hugging Face Hub is not set up here; keep the model local.");
        }

        @Override
        public Deployment publish(HubRelease release) {
            throw StageException.badInput(
                    "Publishing to the Hugging Face Hub is not set up here; keep the model local.");
        }
    };
}
