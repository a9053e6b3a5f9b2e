package io.mltrainer.charts;

import io.mltrainer.core.domain.TrainingCurve;
import io.mltrainer.core.port.out.CurveRenderer;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Training curves drawn with XChart, headless (no display is needed or used): losses on the left axis, the metric on
 * the right one, against the step. Candidates' scores (a few points) are drawn with markers.
 */
public final class XChartCurveRenderer implements CurveRenderer {
    public static final int WIDTH = 900;
    public static final int HEIGHT = 500;
    private static final int FEW_POINTS = 30;

    static {
        // Before any AWT class loads: servers have no display, and a chart needs none.
        System.setProperty("java.awt.headless", "true");
    }

    @Override
    public byte[] png(TrainingCurve curve) {
        try {
            return BitmapEncoder.getBitmapBytes(chart(curve), BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String write(TrainingCurve curve, String folder) {
        byte[] image = png(curve);
        try {
            Path dir = Files.createDirectories(Path.of(folder));
            Path partial = dir.resolve("." + FILE_NAME + ".partial");
            Files.write(partial, image);
            Path target = dir.resolve(FILE_NAME);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XYChart chart(TrainingCurve curve) {
        XYChart chart = new XYChartBuilder()
                .width(WIDTH)
                .height(HEIGHT)
                .title(curve.title())
                .xAxisTitle(curve.xLabel())
                .build();
        Styler styler = chart.getStyler();
        styler.setLegendPosition(Styler.LegendPosition.OutsideS);
        styler.setLegendLayout(Styler.LegendLayout.Horizontal);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setYAxisGroupPosition(1, Styler.YAxisPosition.Right);
        boolean withMarkers = curve.xLabel().equals("candidate");
        for (TrainingCurve.Series series : curve.series()) {
            if (series.points().isEmpty()) {
                continue;
            }
            double[] x =
                    series.points().stream().mapToDouble(TrainingCurve.Point::x).toArray();
            double[] y =
                    series.points().stream().mapToDouble(TrainingCurve.Point::y).toArray();
            XYSeries drawn = chart.addSeries(series.name(), x, y);
            // Sparse series (evaluations, candidates) show their points; dense ones are lines.
            drawn.setMarker(withMarkers || x.length <= FEW_POINTS ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
            drawn.setYAxisGroup(series.axis() == TrainingCurve.Axis.LOSS ? 0 : 1);
        }
        chart.setYAxisGroupTitle(0, "loss");
        if (curve.metricName() != null) {
            chart.setYAxisGroupTitle(1, curve.metricName());
        }
        return chart;
    }
}
