package io.mltrainer.nlp;

import io.mltrainer.core.domain.DeploymentSpec;

/**
 * Reads every slot of a request by rules, without files or network. The order of the rules is the disambiguation:
 * each masks what it understood, so the more explicit readings (URLs, Kaggle references, the Hub repository to
 * publish to, the name and the base model) are settled before ids and paths are guessed from their shape.
 */
public final class SlotExtractor {
    public Slots extract(String request) {
        MaskedText text = new MaskedText(request == null ? "" : request);
        DatasetLocator datasets = new DatasetLocator();
        datasets.urls(text);
        datasets.kaggle(text);
        DeploymentSpec deployment = DeploymentRules.read(text).orElse(null);
        String name = ModelNameRules.read(text).orElse(null);
        String baseModel = BaseModelRules.read(text).orElse(null);
        datasets.hub(text);
        datasets.paths(text);
        datasets.bareIds(text);
        return new Slots(
                datasets.best().orElse(null),
                ColumnRules.read(text),
                TrainingRules.hyperparameters(text),
                TrainingRules.fineTuning(text.current()).orElse(null),
                TrainingRules.precision(text.current()).orElse(null),
                baseModel,
                deployment,
                RuntimeRules.read(text).orElse(null),
                name != null ? name : deployment == null ? null : deployment.repository(),
                ExpertiseRules.read(text.original()));
    }
}
