package io.mltrainer.core.agents.deploy;

import io.mltrainer.core.domain.BuildRequest;
import io.mltrainer.core.domain.DeploymentSpec;
import io.mltrainer.core.domain.DeploymentSpec.DeployTarget;
import io.mltrainer.core.domain.ParsedIntent;
import io.mltrainer.core.domain.QuestionSlot;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.domain.ThreadKey;
import java.util.List;

/**
 * Where a build's model goes: what the request's words (or the intake) said, overridden field by field by what the
 * command line or an answer said. The Hub when asked, or when the owner's own Hub token is at hand and they did not
 * ask to keep it local. Private unless said otherwise; with a Space unless said otherwise.
 */
record HubPlan(DeploymentSpec where, boolean toHub) {
    static HubPlan of(ParsedIntent intent, BuildRequest request) {
        DeploymentSpec where = merge(intent.deployment(), request.deployment());
        boolean tokenInIntake =
                request.intake() != null && request.intake().credentials().hfToken() != null;
        boolean toHub = where.target() == DeployTarget.HUGGINGFACE || (!where.chosen() && tokenInIntake);
        return new HubPlan(where, toHub);
    }

    String name(ParsedIntent intent) {
        return where.repository() != null ? where.repository() : intent.modelName();
    }

    boolean isPrivate() {
        return where.isPrivate() == null || where.isPrivate();
    }

    boolean space() {
        return where.space() == null || where.space();
    }

    boolean spaceToken() {
        return Boolean.TRUE.equals(where.spaceToken());
    }

    /** A private model's Space needs the owner's token to load it: in a chat, the owner is asked first. */
    boolean mustAskForSpaceToken(ThreadKey thread) {
        return toHub && space() && isPrivate() && where.spaceToken() == null && thread != null && !thread.isTerminal();
    }

    static StageException spaceTokenQuestion(String repoId) {
        return StageException.question(
                QuestionSlot.SPACE_TOKEN,
                "The model " + repoId + " will be private, so its demo Space can only load it with your Hugging Face"
                        + " token, stored as a secret of that private Space. Shall I add it? Answer yes or no (no: the"
                        + " Space is created without it and shows an error until you add an HF_TOKEN secret).",
                List.of("yes", "no"));
    }

    /** {@code override}'s fields where it has them; its target only when it was chosen. */
    static DeploymentSpec merge(DeploymentSpec said, DeploymentSpec override) {
        if (override == null) {
            return said;
        }
        return new DeploymentSpec(
                override.chosen() ? override.target() : said.target(),
                first(override.namespace(), said.namespace()),
                first(override.repository(), said.repository()),
                first(override.isPrivate(), said.isPrivate()),
                first(override.space(), said.space()),
                first(override.spaceToken(), said.spaceToken()),
                override.chosen() || said.chosen());
    }

    private static <T> T first(T a, T b) {
        return a != null ? a : b;
    }
}
