package io.mltrainer.core.agents.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import io.mltrainer.core.domain.ColumnProfile;
import io.mltrainer.core.domain.ColumnRoles;
import io.mltrainer.core.domain.DataDetails;
import io.mltrainer.core.domain.DataFormat;
import io.mltrainer.core.domain.DataReport;
import io.mltrainer.core.domain.ParsedIntent;
import io.mltrainer.core.domain.QuestionSlot;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.port.out.DatasetSample;
import io.mltrainer.core.port.out.Feature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Images with boxes: COCO annotations (turned into rows by the source) or the Hub's {@code objects{bbox, category}}.
 * Boxes are COCO's {@code [x, y, width, height]}; a box with no area or outside its image is invalid.
 */
final class DetectionInspector implements Inspector {
    static final List<String> OBJECT_NAMES = List.of("objects", "annotations", "boxes", "bboxes", "labels");

    @Override
    public DataReport inspect(DatasetSample sample, List<ColumnProfile> columns, ParsedIntent intent) {
        List<String> header = sample.table().header();
        String objects = ColumnChoice.pick(
                QuestionSlot.OBJECTS,
                "the boxes",
                intent.dataset().labelColumn(),
                intent.description(),
                header,
                objectColumns(sample),
                OBJECT_NAMES);
        String image = ColumnChoice.pick(
                QuestionSlot.IMAGE,
                "the image",
                intent.dataset().imageColumn(),
                intent.description(),
                header,
                ImageInspector.imageColumns(sample),
                ImageInspector.IMAGE_NAMES);
        List<String> names = sample.feature(objects).map(Feature::classNames).orElse(List.of());
        Map<String, Long> perCategory = new LinkedHashMap<>();
        long invalid = 0;
        long withBoxes = 0;
        long total = 0;
        List<String> cells = sample.column(objects);
        List<String> widths = sample.column("width");
        List<String> heights = sample.column("height");
        for (int row = 0; row < cells.size(); row++) {
            List<Box> boxes = boxes(cells.get(row), names);
            if (!boxes.isEmpty()) {
                withBoxes++;
            }
            double width = size(widths, row, sample.column(image), "width");
            double height = size(heights, row, sample.column(image), "height");
            for (Box box : boxes) {
                total++;
                perCategory.merge(box.category(), 1L, Long::sum);
                if (!box.valid(width, height)) {
                    invalid++;
                }
            }
        }
        if (total == 0) {
            throw StageException.badInput("`" + objects + "` holds no boxes. Object detection needs boxes as"
                    + " {\"bbox\": [[x, y, width, height], …], \"category\": […]} per image, or a COCO"
                    + " annotations.json beside an images/ folder.");
        }
        Samples.checkEnough(withBoxes, "images with boxes");
        List<String> notes = Samples.notes(sample);
        if (invalid > 0) {
            notes.add(invalid + " of " + total + " boxes have no area or fall outside their image: they are left out");
        }
        if (invalid > total / 2) {
            throw StageException.badInput("Most boxes (" + invalid + " of " + total + ") have no area or fall outside"
                    + " their image. Boxes must be [x, y, width, height] in pixels (COCO); convert [x1, y1, x2, y2]"
                    + " boxes first.");
        }
        var details = new DataDetails.Detection(
                sample.table().rows().size(),
                total,
                Samples.sorted(perCategory),
                invalid,
                "xywh",
                sample.source().format() == DataFormat.COCO ? "coco" : "hub objects");
        return Samples.report(
                sample,
                columns,
                objects,
                Samples.sorted(perCategory),
                notes,
                new ColumnRoles(null, null, null, objects, image, null, null),
                details);
    }

    static List<String> objectColumns(DatasetSample sample) {
        return sample.table().header().stream()
                .filter(c -> {
                    List<String> cells = Samples.present(sample.column(c));
                    return !cells.isEmpty()
                            && cells.stream()
                                    .allMatch(v -> Cells.json(v)
                                            .map(j -> j.has("bbox")
                                                    || j.isArray() && j.path(0).has("bbox"))
                                            .orElse(false));
                })
                .toList();
    }

    /** Dict of lists ({@code {"bbox": [...], "category": [...]}}) or a list of {@code {bbox, category}} objects. */
    static List<Box> boxes(String cell, List<String> names) {
        List<Box> boxes = new ArrayList<>();
        JsonNode json = Cells.json(cell).orElse(null);
        if (json == null) {
            return boxes;
        }
        if (json.isObject()) {
            JsonNode bbox = json.path("bbox");
            JsonNode category = json.has("category") ? json.path("category") : json.path("label");
            for (int i = 0; i < bbox.size(); i++) {
                boxes.add(Box.of(
                        bbox.get(i), Samples.className(names, category.path(i).asText("?"))));
            }
        } else {
            for (JsonNode o : json) {
                JsonNode category = o.has("category") ? o.path("category") : o.path("label");
                boxes.add(Box.of(o.path("bbox"), Samples.className(names, category.asText("?"))));
            }
        }
        return boxes;
    }

    private static double size(List<String> column, int row, List<String> images, String key) {
        if (row < column.size() && Samples.isNumber(column.get(row))) {
            return Double.parseDouble(column.get(row));
        }
        if (row < images.size()) {
            return Cells.json(images.get(row)).map(j -> j.path(key).asDouble(0)).orElse(0.0);
        }
        return 0;
    }

    record Box(double x, double y, double width, double height, String category) {
        static Box of(JsonNode bbox, String category) {
            return new Box(
                    bbox.path(0).asDouble(),
                    bbox.path(1).asDouble(),
                    bbox.path(2).asDouble(),
                    bbox.path(3).asDouble(),
                    category);
        }

        /** Positive area, inside the image when its size is known (0 = unknown). */
        boolean valid(double imageWidth, double imageHeight) {
            boolean area = width > 0 && height > 0 && x >= 0 && y >= 0;
            boolean inside = (imageWidth <= 0 || x + width <= imageWidth + 1)
                    && (imageHeight <= 0 || y + height <= imageHeight + 1);
            return area && inside;
        }
    }
}
