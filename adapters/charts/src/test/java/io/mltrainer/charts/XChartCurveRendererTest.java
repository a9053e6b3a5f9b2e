package io.mltrainer.charts;

import static org.assertj.core.api.Assertions.assertThat;

import io.mltrainer.core.domain.TrainingCurve;
import io.mltrainer.core.domain.TrainingCurve.Axis;
import io.mltrainer.core.domain.TrainingCurve.Point;
import io.mltrainer.core.domain.TrainingCurve.Series;
import io.mltrainer.core.port.out.CurveRenderer;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XChartCurveRendererTest {
    private final XChartCurveRenderer renderer = new XChartCurveRenderer();

    @TempDir
    Path dir;

    private static TrainingCurve lossAndAccuracy() {
        List<Point> loss = new ArrayList<>();
        List<Point> accuracy = new ArrayList<>();
        for (int step = 10; step <= 300; step += 10) {
            loss.add(new Point(step, 2.0 / Math.sqrt(step)));
            if (step % 100 == 0) {
                accuracy.add(new Point(step, 0.6 + step / 1000.0));
            }
        }
        return new TrainingCurve(
                "Training curve of build k7q2mxa4",
                "step",
                List.of(new Series("loss", Axis.LOSS, loss), new Series("accuracy", Axis.METRIC, accuracy)));
    }

    private static BufferedImage decode(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    @Test
    void draws_a_png_of_the_expected_size_without_a_display() throws IOException {
        byte[] png = renderer.png(lossAndAccuracy());

        BufferedImage image = decode(png);
        assertThat(GraphicsEnvironment.isHeadless()).isTrue();
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(XChartCurveRenderer.WIDTH);
        assertThat(image.getHeight()).isEqualTo(XChartCurveRenderer.HEIGHT);
    }

    @Test
    void the_image_is_not_blank() throws IOException {
        BufferedImage image = decode(renderer.png(lossAndAccuracy()));

        long colours = java.util.stream.IntStream.range(0, image.getWidth())
                .flatMap(x ->
                        java.util.stream.IntStream.range(0, image.getHeight()).map(y -> image.getRGB(x, y)))
                .distinct()
                .limit(10)
                .count();
        assertThat(colours).isGreaterThan(3);
    }

    @Test
    void writes_training_curve_png_into_the_folder_replacing_an_older_one() throws IOException {
        Path folder = dir.resolve("runs/run-1/output");
        renderer.write(lossAndAccuracy(), folder.toString());

        String path = renderer.write(lossAndAccuracy(), folder.toString());

        assertThat(Path.of(path)).isEqualTo(folder.resolve(CurveRenderer.FILE_NAME));
        assertThat(decode(Files.readAllBytes(Path.of(path))).getWidth()).isEqualTo(XChartCurveRenderer.WIDTH);
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("training_curve.png");
        }
    }

    @Test
    void candidates_scores_alone_make_a_chart_too() throws IOException {
        TrainingCurve scores = new TrainingCurve(
                "Training curve of build k7q2mxa4",
                "candidate",
                List.of(new Series(
                        "cv f1 macro",
                        Axis.METRIC,
                        List.of(new Point(1, 0.91), new Point(2, 0.95), new Point(3, 0.93)))));

        assertThat(decode(renderer.png(scores)).getHeight()).isEqualTo(XChartCurveRenderer.HEIGHT);
    }
}
