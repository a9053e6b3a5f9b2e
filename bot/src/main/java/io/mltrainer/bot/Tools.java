package io.mltrainer.bot;

import io.mltrainer.core.port.out.llm.Tool;
import io.mltrainer.huggingface.CheckHfDatasetTool;
import io.mltrainer.huggingface.CheckRepoNameTool;
import io.mltrainer.huggingface.DatasetViewerClient;
import io.mltrainer.huggingface.HubClient;
import io.mltrainer.huggingface.ValidateHfTokenTool;
import io.mltrainer.kaggle.KaggleClient;
import io.mltrainer.kaggle.ValidateKaggleCredentialsTool;
import io.mltrainer.llm.ProviderKeyCheck;
import io.mltrainer.runtimes.modal.ModalTokenCheck;
import java.util.List;

/** The tools models and dialogues may call, each pointed at its configured service. */
final class Tools {
    private Tools() {}

    static List<Tool> all(Settings settings) {
        // One Hub client for both tools, so they share the whoami cache (the endpoint is strictly rate-limited).
        HubClient hub = HubClient.create(settings.service("HF_ENDPOINT", null));
        return List.of(
                new ValidateHfTokenTool(hub),
                new CheckRepoNameTool(hub),
                new CheckHfDatasetTool(DatasetViewerClient.create(settings.service("HF_DATASETS_SERVER_URL", null))),
                new ValidateKaggleCredentialsTool(KaggleClient.create(settings.service("KAGGLE_API_URL", null))),
                modalTokenCheck(settings.service("MODAL_CLI", null)),
                new ProviderKeyCheck(settings.llm()));
    }

    /** {@code MODAL_CLI} names the {@code modal} program when it is not the one on the PATH. */
    private static ModalTokenCheck modalTokenCheck(String cli) {
        return cli == null
                ? new ModalTokenCheck()
                : new ModalTokenCheck(List.of(cli, "token", "info"), ModalTokenCheck.DEFAULT_TIME_LIMIT);
    }
}
