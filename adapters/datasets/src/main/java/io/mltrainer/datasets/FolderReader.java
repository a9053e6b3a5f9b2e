package io.mltrainer.datasets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mltrainer.core.domain.DataFormat;
import io.mltrainer.core.domain.DataSource;
import io.mltrainer.core.domain.QuestionSlot;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.port.out.DatasetSample;
import io.mltrainer.core.port.out.ImageFile;
import io.mltrainer.core.port.out.RawTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads a dataset folder (a real one or the root of a zip archive): COCO {@code annotations.json} beside the images,
 * images beside a {@code metadata.csv}, {@code <label>/<image>} class folders, or a folder holding one table.
 */
final class FolderReader {
    static final int MAX_IMAGES = 20_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TableFiles tables;

    FolderReader(TableFiles tables) {
        this.tables = tables;
    }

    DatasetSample read(Path root, DataSource where, int maxRows) {
        List<Path> files = files(root);
        Path coco = find(files, root, "annotations.json", "_annotations.coco.json", "instances.json");
        if (coco != null) {
            return coco(root, coco, withFormat(where, DataFormat.COCO));
        }
        Path metadata = find(files, root, "metadata.csv", "metadata.jsonl");
        List<Path> images = files.stream().filter(ImageProbe::looksLikeImage).toList();
        if (metadata != null) {
            return metadata(root, metadata, images, withFormat(where, DataFormat.IMAGE_METADATA), maxRows);
        }
        if (!images.isEmpty()) {
            return classFolders(root, images, withFormat(where, DataFormat.IMAGE_FOLDER));
        }
        List<Path> tableFiles = files.stream().filter(LocalTableReader::isTable).toList();
        if (tableFiles.size() == 1) {
            Path table = tableFiles.get(0);
            return DatasetSample.ofTable(
                    withFormat(where, LocalTableReader.format(table)), tables.read(table, maxRows));
        }
        if (tableFiles.size() > 1) {
            throw StageException.question(
                    QuestionSlot.DATASET,
                    "The folder holds several tables: " + String.join(", ", names(root, tableFiles))
                            + ". Which one should I learn from? Give its path.",
                    names(root, tableFiles));
        }
        throw StageException.badInput(where.location() + " holds no images in <label>/<image> folders, no COCO"
                + " annotations.json beside images/, no metadata.csv and no table. Give one of those layouts.");
    }

    private DatasetSample classFolders(Path root, List<Path> images, DataSource where) {
        List<ImageFile> found = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Path image : images.subList(0, Math.min(MAX_IMAGES, images.size()))) {
            Path relative = root.relativize(image);
            if (relative.getNameCount() < 2) {
                continue;
            }
            String label = relative.getName(relative.getNameCount() - 2).toString();
            found.add(ImageProbe.probe(image, relative.toString(), label));
            rows.add(List.of(relative.toString(), label));
        }
        long loose = images.stream()
                .filter(i -> root.relativize(i).getNameCount() < 2)
                .count();
        if (loose > 0) {
            notes.add(loose + " images directly in the folder have no class folder and are left out");
        }
        if (found.isEmpty()) {
            throw StageException.badInput(where.location() + " has images but none inside a class folder. Put each"
                    + " image in a folder named after its class: cats/1.png, dogs/2.png …");
        }
        if (images.size() > MAX_IMAGES) {
            notes.add("looked at the first " + MAX_IMAGES + " of " + images.size() + " images");
        }
        RawTable table = new RawTable(List.of("image", "label"), rows, images.size());
        return new DatasetSample(where, table, List.of(), found, notes);
    }

    private DatasetSample metadata(Path root, Path metadata, List<Path> images, DataSource where, int maxRows) {
        RawTable table = tables.read(metadata, maxRows);
        Map<String, Path> byName = new HashMap<>();
        for (Path image : images) {
            byName.put(root.relativize(image).toString(), image);
            byName.putIfAbsent(image.getFileName().toString(), image);
        }
        int column = table.header().indexOf("file_name");
        if (column < 0) {
            throw StageException.badInput("metadata.csv needs a `file_name` column naming each image; its columns"
                    + " are: " + String.join(", ", table.header()) + ".");
        }
        List<ImageFile> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (List<String> row : table.rows()) {
            String name = row.get(column).trim();
            Path image = byName.get(name);
            if (image == null) {
                missing.add(name);
            } else {
                found.add(ImageProbe.probe(image, name, null));
            }
        }
        List<String> notes = new ArrayList<>();
        if (!missing.isEmpty()) {
            notes.add(missing.size() + " rows of metadata.csv name images that are not there: "
                    + String.join(", ", missing.subList(0, Math.min(5, missing.size()))));
        }
        return new DatasetSample(where, table, List.of(), found, notes);
    }

    /** One row per image: file, size, and its boxes as {"bbox": [...], "category": [names]}. */
    private DatasetSample coco(Path root, Path annotations, DataSource where) {
        JsonNode json;
        try {
            json = JSON.readTree(Files.readString(annotations));
        } catch (IOException e) {
            throw StageException.badInput(root.relativize(annotations) + " is not valid JSON: " + e.getMessage());
        }
        if (!json.path("images").isArray() || !json.path("annotations").isArray()) {
            throw StageException.badInput(root.relativize(annotations) + " is not COCO: it needs `images`,"
                    + " `annotations` and `categories` lists.");
        }
        Map<Long, String> categories = new HashMap<>();
        json.path("categories")
                .forEach(c ->
                        categories.put(c.path("id").asLong(), c.path("name").asText()));
        Map<Long, ObjectNode> objects = new HashMap<>();
        for (JsonNode a : json.path("annotations")) {
            ObjectNode o = objects.computeIfAbsent(a.path("image_id").asLong(), k -> {
                ObjectNode n = JSON.createObjectNode();
                n.putArray("bbox");
                n.putArray("category");
                return n;
            });
            o.withArray("bbox").add(a.path("bbox"));
            long id = a.path("category_id").asLong();
            o.withArray("category").add(categories.getOrDefault(id, Long.toString(id)));
        }
        Path imageRoot = annotations.getParent();
        List<List<String>> rows = new ArrayList<>();
        List<ImageFile> images = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        long missing = 0;
        for (JsonNode image : json.path("images")) {
            String name = image.path("file_name").asText();
            Path file = locate(imageRoot, name);
            if (file == null) {
                missing++;
            } else {
                images.add(ImageProbe.probe(file, imageRoot.relativize(file).toString(), null));
            }
            ObjectNode boxes = objects.getOrDefault(image.path("id").asLong(), emptyObjects());
            rows.add(List.of(
                    name, image.path("width").asText(""), image.path("height").asText(""), boxes.toString()));
        }
        if (missing > 0) {
            notes.add(missing + " images listed in " + annotations.getFileName() + " are not in the folder");
        }
        RawTable table = new RawTable(List.of("image", "width", "height", "objects"), rows, rows.size());
        return new DatasetSample(where, table, List.of(), images, notes);
    }

    private static Path locate(Path root, String name) {
        for (Path candidate : List.of(root.resolve(name), root.resolve("images").resolve(name))) {
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static ObjectNode emptyObjects() {
        ObjectNode n = JSON.createObjectNode();
        n.putArray("bbox");
        n.putArray("category");
        return n;
    }

    private static Path find(List<Path> files, Path root, String... names) {
        for (String name : names) {
            for (Path file : files) {
                if (file.getFileName().toString().equals(name)
                        && root.relativize(file).getNameCount() <= 2) {
                    return file;
                }
            }
        }
        return null;
    }

    private static List<Path> files(Path root) {
        try (Stream<Path> walk = Files.walk(root, 4)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !p.toString().contains("__MACOSX"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> names(Path root, List<Path> files) {
        return files.stream().map(f -> root.relativize(f).toString()).toList();
    }

    private static DataSource withFormat(DataSource where, DataFormat format) {
        return new DataSource(
                where.kind(),
                where.location(),
                format,
                where.file(),
                where.config(),
                where.trainSplit(),
                where.validationSplit(),
                where.testSplit(),
                where.archive(),
                where.sizeBytes());
    }
}
