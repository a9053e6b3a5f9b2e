package io.mltrainer.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mltrainer.core.testing.FakeModal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** `run --runtime modal` end to end against a fake `modal` executable named by MODAL_CLI. */
@DisabledOnOs(OS.WINDOWS)
class ModalRunTest {
    @TempDir
    Path home;

    @TempDir
    Path work;

    @TempDir
    Path fake;

    @Test
    void a_modal_run_is_launched_once_followed_and_published_with_its_outputs_and_training_curve() throws IOException {
        FakeModal modal = new FakeModal(fake);
        modal.logs(
                "MLTRAINER {\"event\":\"progress\",\"phase\":\"train\",\"step\":5,\"total\":10,"
                        + "\"message\":\"epoch 0.50\",\"metrics\":{\"loss\":0.69}}",
                "MLTRAINER {\"event\":\"progress\",\"phase\":\"evaluate\",\"step\":10,\"total\":10,"
                        + "\"message\":\"epoch 1.00\",\"metrics\":{\"eval_loss\":0.41,\"eval_f1_macro\":0.88}}",
                "MLTRAINER {\"event\":\"done\"}");
        modal.state("{\"state\": \"succeeded\"}");
        modal.anyRunFile("metrics.json", "{\"f1_macro\": 0.88, \"accuracy\": 0.9, \"eval_loss\": 0.41}");
        modal.anyRunFile("model_info.json", "{\"labels\": [\"ham\", \"spam\"]}");
        modal.anyRunFile("model/config.json", "{\"architectures\": [\"DistilBertForSequenceClassification\"]}");
        modal.anyRunFile("model/model.safetensors", "weights");
        Cli cli = new Cli(home, work);
        cli.env.put("MODAL_CLI", modal.executable());
        cli.env.put("MODAL_PYTHON", modal.executable());

        Cli.Result result = cli.run(
                "run",
                "classify emails as spam or ham",
                "--dataset",
                Fixtures.shared("emails-spam-small.csv").toString(),
                "--runtime",
                "modal",
                "--yes",
                "--json");

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode json = result.json();
        assertThat(json.get("status").asText()).isEqualTo("succeeded");
        assertThat(json.get("metrics").get("f1_macro").asDouble()).isEqualTo(0.88);
        assertThat(modal.launches()).isEqualTo(1);
        assertThat(modal.calls().get(0)).startsWith("run --detach modal_app.py --no-wait --run-folder builds/");
        Path model = Path.of(json.get("model_dir").asText());
        assertThat(model.resolve("config.json")).exists();
        assertThat(model.resolve("metrics.json")).exists();
        assertThat(Files.readAllBytes(model.resolve("training_curve.png"))).startsWith(0x89, 'P', 'N', 'G');
    }
}
