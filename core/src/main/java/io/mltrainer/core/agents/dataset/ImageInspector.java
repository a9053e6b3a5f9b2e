package io.mltrainer.core.agents.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import io.mltrainer.core.domain.ColumnProfile;
import io.mltrainer.core.domain.ColumnRoles;
import io.mltrainer.core.domain.DataDetails;
import io.mltrainer.core.domain.DataReport;
import io.mltrainer.core.domain.LengthStats;
import io.mltrainer.core.domain.ParsedIntent;
import io.mltrainer.core.domain.QuestionSlot;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.domain.TaskType;
import io.mltrainer.core.port.out.DatasetSample;
import io.mltrainer.core.port.out.Feature;
import io.mltrainer.core.port.out.ImageFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Images with a class (a {@code <label>/<file>} folder, or an image and a label column) or a value (a
 * {@code metadata.csv} beside the images): counts, sizes, classes, unreadable files.
 */
final class ImageInspector implements Inspector {
    static final List<String> IMAGE_NAMES = List.of("image", "img", "file_name", "filename", "path", "image_path");
    private static final Set<String> EXTENSIONS = Set.of("png", "jpg", "jpeg", "gif", "bmp", "webp", "tif", "tiff");

    @Override
    public DataReport inspect(DatasetSample sample, List<ColumnProfile> columns, ParsedIntent intent) {
        var spec = intent.dataset();
        List<String> header = sample.table().header();
        String image = ColumnChoice.pick(
                QuestionSlot.IMAGE,
                "the image",
                spec.imageColumn(),
                spec.target(),
                intent.description(),
                header,
                imageColumns(sample),
                IMAGE_NAMES);
        List<ImageFile> images = images(sample, image);
        List<String> unreadable =
                images.stream().filter(i -> !i.readable()).map(ImageFile::path).toList();
        List<ImageFile> readable = images.stream().filter(ImageFile::readable).toList();
        if (readable.isEmpty() && !images.isEmpty()) {
            throw StageException.badInput("None of the " + images.size() + " images could be read (for example "
                    + unreadable.get(0) + "). Give PNG, JPEG, GIF or BMP files.");
        }
        Samples.checkEnough(readable.size(), "readable images");
        List<String> notes = Samples.notes(sample);
        if (!unreadable.isEmpty()) {
            notes.add(unreadable.size() + " unreadable images are left out: "
                    + String.join(", ", unreadable.subList(0, Math.min(5, unreadable.size()))));
        }
        LengthStats widths =
                LengthStats.of(readable.stream().map(ImageFile::width).toList());
        LengthStats heights =
                LengthStats.of(readable.stream().map(ImageFile::height).toList());
        String given =
                spec.labelColumn() != null ? spec.labelColumn() : image.equals(spec.target()) ? null : spec.target();
        if (intent.taskType() == TaskType.IMAGE_REGRESSION) {
            String target = ColumnChoice.pick(
                    QuestionSlot.TARGET,
                    "the value to predict",
                    given,
                    intent.description(),
                    header,
                    numericColumns(sample, image),
                    List.of("value", "target", "score", "label", "y"));
            double[] values = Samples.present(sample.column(target)).stream()
                    .filter(Samples::isNumber)
                    .mapToDouble(Double::parseDouble)
                    .toArray();
            Samples.checkEnough(values.length, "images with a numeric `" + target + "`");
            var details = new DataDetails.Images(
                    readable.size(),
                    widths,
                    heights,
                    unreadable,
                    java.util.Arrays.stream(values).min().orElse(0),
                    java.util.Arrays.stream(values).max().orElse(0));
            return Samples.report(
                    sample,
                    columns,
                    target,
                    Map.of(),
                    notes,
                    new ColumnRoles(target, null, null, null, image, null, null),
                    details);
        }
        String label = ColumnChoice.pick(
                QuestionSlot.LABEL,
                "the class",
                given,
                intent.description(),
                header,
                Samples.labelColumns(sample, List.of(image)),
                TextInspector.LABEL_NAMES);
        Map<String, Long> classes = classes(sample, label, images, unreadable);
        Samples.checkClasses(label, classes, Samples.MIN_PER_CLASS);
        var details = new DataDetails.Images(readable.size(), widths, heights, unreadable, null, null);
        return Samples.report(
                sample,
                columns,
                label,
                classes,
                notes,
                new ColumnRoles(null, null, null, label, image, null, null),
                details);
    }

    static List<String> imageColumns(DatasetSample sample) {
        return sample.table().header().stream()
                .filter(c -> sample.feature(c)
                                .map(f -> f.kind() == Feature.Kind.IMAGE)
                                .orElse(false)
                        || Samples.present(sample.column(c)).stream().allMatch(ImageInspector::imageCell)
                                && !Samples.present(sample.column(c)).isEmpty())
                .toList();
    }

    static boolean imageCell(String cell) {
        if (Cells.isObject(cell)) {
            return Cells.json(cell)
                    .map(j -> j.has("src") || j.has("path") || j.has("bytes"))
                    .orElse(false);
        }
        String lower = cell.trim().toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(lower.substring(dot + 1));
    }

    /** Local files with their sizes, else what the host's image cells say ({@code {src, width, height}}). */
    static List<ImageFile> images(DatasetSample sample, String column) {
        if (!sample.images().isEmpty()) {
            return sample.images();
        }
        List<ImageFile> images = new ArrayList<>();
        for (String cell : Samples.present(sample.column(column))) {
            JsonNode json = Cells.json(cell).orElse(null);
            if (json != null) {
                images.add(new ImageFile(
                        json.path("src").asText(json.path("path").asText("image")),
                        null,
                        json.path("width").asInt(0),
                        json.path("height").asInt(0),
                        true));
            } else {
                images.add(new ImageFile(cell.trim(), null, 0, 0, true));
            }
        }
        return images;
    }

    static List<String> numericColumns(DatasetSample sample, String exclude) {
        return sample.table().header().stream()
                .filter(c -> !c.equals(exclude))
                .filter(c -> {
                    List<String> cells = Samples.present(sample.column(c));
                    return !cells.isEmpty() && cells.stream().allMatch(Samples::isNumber);
                })
                .toList();
    }

    /** Classes of readable images: from the folder layout when there is one, else from the label column. */
    static Map<String, Long> classes(
            DatasetSample sample, String label, List<ImageFile> images, List<String> unreadable) {
        if (!images.isEmpty() && images.stream().allMatch(i -> i.label() != null)) {
            return Samples.sorted(images.stream()
                    .filter(ImageFile::readable)
                    .collect(Collectors.groupingBy(ImageFile::label, LinkedHashMap::new, Collectors.counting())));
        }
        return Samples.classCounts(sample, label);
    }
}
