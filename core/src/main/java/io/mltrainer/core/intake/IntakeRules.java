package io.mltrainer.core.intake;

import io.mltrainer.core.domain.Credential;
import io.mltrainer.core.domain.DatasetSourceKind;
import io.mltrainer.core.domain.DeploymentSpec.DeployTarget;
import io.mltrainer.core.domain.IntakeFields;
import io.mltrainer.core.domain.IntakeState;
import io.mltrainer.core.domain.ParsedIntent;
import io.mltrainer.core.domain.RuntimeKind;
import io.mltrainer.core.domain.Slot;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides, in code and never by a model's say-so, what an intake still lacks: every required field present and
 * every needed credential validated in this intake. The order of the list is the order of the questions.
 */
public final class IntakeRules {
    private final DeployTarget defaultTarget;

    public IntakeRules(DeployTarget defaultTarget) {
        this.defaultTarget = defaultTarget;
    }

    public List<Slot> missing(IntakeState state) {
        IntakeFields f = state.fields();
        List<Slot> missing = new ArrayList<>();
        if (f.request() == null || f.request().isBlank()) {
            missing.add(Slot.REQUEST);
            return missing;
        }
        if (dataset(f).isEmpty()) {
            missing.add(Slot.DATASET);
        }
        if (target(f) == DeployTarget.HUGGINGFACE) {
            if (f.hfToken() == null || !state.validated().contains(Credential.HF_TOKEN)) {
                missing.add(Slot.HF_TOKEN);
            } else if (f.repoName() == null) {
                missing.add(Slot.REPO_NAME);
            }
        }
        if (needsKaggle(f) && !state.validated().contains(Credential.KAGGLE)) {
            missing.add(Slot.KAGGLE_CREDENTIALS);
        }
        if (runtime(f) == RuntimeKind.MODAL && !state.validated().contains(Credential.MODAL)) {
            missing.add(f.modalTokenId() == null ? Slot.MODAL_TOKEN_ID : Slot.MODAL_TOKEN_SECRET);
        }
        return missing;
    }

    public boolean complete(IntakeState state) {
        return missing(state).isEmpty()
                && (state.fields().ownerKey() == null || state.validated().contains(Credential.OWNER_LLM));
    }

    public Optional<String> dataset(IntakeFields f) {
        if (f.dataset() != null) {
            return Optional.of(f.dataset());
        }
        return Optional.ofNullable(f.parsed()).map(ParsedIntent::dataset).map(d -> d.location());
    }

    public RuntimeKind runtime(IntakeFields f) {
        if (f.runtime() != null) {
            return f.runtime();
        }
        return f.parsed() == null ? RuntimeKind.LOCAL : f.parsed().runtime().kind();
    }

    public DeployTarget target(IntakeFields f) {
        if (f.deployTarget() != null) {
            return f.deployTarget();
        }
        if (f.parsed() != null && f.parsed().deployment().target() == DeployTarget.HUGGINGFACE) {
            return DeployTarget.HUGGINGFACE;
        }
        return defaultTarget;
    }

    public boolean needsKaggle(IntakeFields f) {
        boolean kaggleData = f.parsed() != null
                && f.parsed().dataset() != null
                && f.parsed().dataset().source() == DatasetSourceKind.KAGGLE
                && f.dataset() == null;
        return runtime(f) == RuntimeKind.KAGGLE || kaggleData;
    }
}
