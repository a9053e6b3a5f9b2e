package io.mltrainer.bot;

import io.mltrainer.core.domain.DeploymentSpec;
import io.mltrainer.core.domain.DeploymentSpec.DeployTarget;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/**
 * Where {@code run} publishes the model. Without {@code --deploy} the request's words decide (or a Hub token given
 * in a chat intake); {@code --namespace}, {@code --public} and {@code --space-token} only make sense on the Hub, so
 * they imply it.
 */
final class DeployOptions {
    @Option(
            names = "--deploy",
            paramLabel = "WHERE",
            description = "hub (the Hugging Face Hub, with HF_TOKEN) or local (the registry in MLTRAINER_HOME).",
            converter = TargetConverter.class)
    DeployTarget target;

    @Option(
            names = "--namespace",
            paramLabel = "ORG",
            description = "Publish under this organisation (the token must be allowed to write there).")
    String namespace;

    @Option(names = "--public", description = "Make the model repository and its Space public (private by default).")
    boolean isPublic;

    @Option(names = "--no-space", description = "Do not create the Gradio demo Space.")
    boolean noSpace;

    @Option(
            names = "--space-token",
            description = "Store your Hub token as a secret of the private demo Space, so that it can load the private"
                    + " model.")
    boolean spaceToken;

    /** What the command line says about the deployment; null when it says nothing. */
    DeploymentSpec spec() {
        boolean hubOnly = namespace != null || isPublic || spaceToken;
        if (target == null && !hubOnly && !noSpace) {
            return null;
        }
        DeployTarget where = target != null ? target : hubOnly ? DeployTarget.HUGGINGFACE : DeployTarget.LOCAL;
        return new DeploymentSpec(
                where,
                namespace,
                null,
                isPublic ? Boolean.FALSE : null,
                noSpace ? Boolean.FALSE : null,
                spaceToken ? Boolean.TRUE : null,
                target != null || hubOnly);
    }

    /** {@code hub} (or {@code huggingface}) and {@code local}; anything else is a usage error. */
    static final class TargetConverter implements ITypeConverter<DeployTarget> {
        @Override
        public DeployTarget convert(String value) {
            return switch (value.trim().toLowerCase(Locale.ROOT)) {
                case "hub", "huggingface", "hf" -> DeployTarget.HUGGINGFACE;
                case "local" -> DeployTarget.LOCAL;
                default ->
                    throw new IllegalArgumentException("unknown deploy target '" + value + "'; expected hub or local");
            };
        }
    }
}
