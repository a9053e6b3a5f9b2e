package io.mltrainer.core.agents.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.mltrainer.core.domain.DataFormat;
import io.mltrainer.core.domain.RuntimeKind;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The torch-only template (the small CNN) really trains: rendered for a tiny generated image folder and run for one
 * step on this machine's CPU with Debian's {@code python3-torch} (1.13), as CI installs it.
 */
// Python runs in temporary folders of their own: beside the other classes.
@Execution(ExecutionMode.CONCURRENT)
class SmallCnnOneStepTest {
    private static final TrainingCode CODE = new TrainingCode(new Templates());

    @TempDir
    Path work;

    @Test
    void the_cnn_script_trains_one_step_on_the_cpu_and_saves_a_torchscript_model() throws Exception {
        List<String> missing = PythonScripts.missingModules(List.of("torch", "numpy", "PIL"));
        assumeTrue(
                missing.isEmpty(),
                "the CNN run needs " + missing + " importable by the test interpreter"
                        + " (Debian: python3-torch python3-numpy python3-pil)");
        Path images = imageFolder(work.resolve("shapes"));
        TrainingSpec spec = Specs.withData(
                Specs.smallCnn(RuntimeKind.LOCAL), TrainingSpec.Data.local(images.toString(), DataFormat.IMAGE_FOLDER));
        Path code = PythonScripts.written(work.resolve("code"), CODE.render(spec));

        PythonScripts.Run run = PythonScripts.run(
                code,
                Duration.ofMinutes(3),
                Map.of(),
                "train.py",
                "--data",
                images.toString(),
                "--out",
                work.resolve("out").toString(),
                "--smoke");

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("MLTRAINER {\"event\":\"done\"");
        assertThat(work.resolve("out/model.pt")).isNotEmptyFile();
        assertThat(Files.readString(work.resolve("out/metrics.json"))).contains("\"accuracy\"", "\"f1_macro\"");
        assertThat(Files.readString(work.resolve("out/model_info.json"))).contains("\"circle\"", "\"square\"");
    }

    /** Two classes of 8 small PNGs each: light squares and dark circles. */
    private static Path imageFolder(Path root) throws IOException {
        for (String label : List.of("square", "circle")) {
            Path folder = Files.createDirectories(root.resolve(label));
            for (int i = 0; i < 8; i++) {
                BufferedImage image = new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB);
                var g = image.createGraphics();
                g.setColor(label.equals("square") ? new Color(230, 200, 40 + i * 10) : new Color(20, 30 + i * 10, 90));
                if (label.equals("square")) {
                    g.fillRect(2 + i % 3, 2, 14, 14);
                } else {
                    g.fillOval(2, 2 + i % 3, 15, 15);
                }
                g.dispose();
                ImageIO.write(image, "png", folder.resolve(label + i + ".png").toFile());
            }
        }
        return root;
    }
}
