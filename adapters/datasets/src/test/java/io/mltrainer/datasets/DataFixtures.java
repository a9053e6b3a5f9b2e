package io.mltrainer.datasets;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/** Small data sets of every modality, written into a test's folder; and the shared public ones. */
final class DataFixtures {
    private DataFixtures() {}

    /** The shared data folder beside the checkout. */
    static Path shared(String name) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve("data").resolve(name);
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared data set " + name + " not found");
    }

    /**
     * Debian's Python with pandas, but with {@code pyarrow} and {@code fastparquet} unimportable whether or not they
     * are installed here: what a machine without a Parquet engine has.
     */
    static Path pythonWithoutParquetEngine(Path dir) {
        for (String engine : List.of("pyarrow", "fastparquet")) {
            write(dir, "no-engines/" + engine + ".py", "raise ImportError(\"No module named '" + engine + "'\")\n");
        }
        return executable(
                dir,
                "python-without-engines",
                "PYTHONPATH='" + dir.resolve("no-engines") + "' exec /usr/bin/python3 \"$@\"");
    }

    /** A shell script standing in for an interpreter. */
    static Path executable(Path dir, String name, String body) {
        Path script = write(dir, name, "#!/bin/sh\n" + body + "\n");
        if (!script.toFile().setExecutable(true)) {
            throw new IllegalStateException("cannot make " + script + " executable");
        }
        return script;
    }

    static Path write(Path dir, String name, String content) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path lines(Path dir, String name, int count, java.util.function.IntFunction<String> line) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            lines.add(line.apply(i));
        }
        return write(dir, name, String.join("\n", lines) + "\n");
    }

    static void png(Path file, int width, int height, Color color) {
        try {
            Files.createDirectories(file.getParent());
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setColor(color);
            g.fillRect(0, 0, width, height);
            g.dispose();
            ImageIO.write(image, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** cats/ and dogs/ with six PNGs each, plus one file that only pretends to be an image. */
    static Path imageFolder(Path dir) {
        Path root = dir.resolve("pets");
        for (int i = 0; i < 6; i++) {
            png(root.resolve("cats/cat" + i + ".png"), 32 + i, 32, Color.ORANGE);
            png(root.resolve("dogs/dog" + i + ".png"), 48, 40 + i, Color.GRAY);
        }
        write(root, "dogs/broken.png", "not really a png");
        return root;
    }

    /** Images beside a metadata.csv giving each one a number. */
    static Path imageRegression(Path dir) {
        Path root = dir.resolve("ages");
        StringBuilder metadata = new StringBuilder("file_name,age\n");
        for (int i = 0; i < 12; i++) {
            png(root.resolve("face" + i + ".png"), 24, 24, new Color(10 * i, 10 * i, 10 * i));
            metadata.append("face").append(i).append(".png,").append(20 + i * 3).append('\n');
        }
        write(root, "metadata.csv", metadata.toString());
        return root;
    }

    /** COCO: annotations.json beside images/, two categories, one box per image and one broken box. */
    static Path coco(Path dir) {
        Path root = dir.resolve("shapes");
        StringBuilder images = new StringBuilder();
        StringBuilder annotations = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            png(root.resolve("images/img" + i + ".png"), 64, 48, Color.WHITE);
            images.append(i == 0 ? "" : ",")
                    .append("{\"id\":")
                    .append(i)
                    .append(",\"file_name\":\"img")
                    .append(i)
                    .append(".png\",\"width\":64,\"height\":48}");
            annotations
                    .append(i == 0 ? "" : ",")
                    .append("{\"id\":")
                    .append(i)
                    .append(",\"image_id\":")
                    .append(i)
                    .append(",\"category_id\":")
                    .append(1 + i % 2)
                    .append(",\"bbox\":[4,4,20,")
                    .append(i == 11 ? 0 : 16)
                    .append("]}");
        }
        write(
                root,
                "annotations.json",
                "{\"images\":[" + images + "],\"annotations\":[" + annotations
                        + "],\"categories\":[{\"id\":1,\"name\":\"circle\"},{\"id\":2,\"name\":\"square\"}]}");
        return root;
    }

    static Path tokens(Path dir) {
        return lines(
                dir,
                "ner.jsonl",
                12,
                i -> "{\"tokens\":[\"Ada\",\"Lovelace\",\"visited\",\"London\",\"in\",\"" + (1840 + i)
                        + "\"],\"ner_tags\":[\"B-PER\",\"I-PER\",\"O\",\"B-LOC\",\"O\",\"O\"]}");
    }

    static Path summaries(Path dir) {
        return lines(
                dir,
                "news.jsonl",
                12,
                i -> "{\"document\":\"The city council met on Monday evening to discuss"
                        + " the new bus lines, the budget for the parks and a plan to plant " + (100 + i)
                        + " trees along the"
                        + " river before the summer.\",\"summary\":\"Council plans " + (100 + i) + " new trees.\"}");
    }

    static Path translations(Path dir) {
        return lines(
                dir,
                "pairs.jsonl",
                12,
                i -> "{\"translation\":{\"en\":\"The cat is sleeping on the warm mat" + " number " + i
                        + ".\",\"fr\":\"Le chat dort sur le tapis chaud numéro " + i + ".\"}}");
    }

    static Path corpus(Path dir) {
        return lines(
                dir,
                "poems.jsonl",
                12,
                i -> "{\"text\":\"The rain falls softly on the quiet town and the" + " lamps come on one by one, " + i
                        + " times over.\"}");
    }

    static Path chats(Path dir) {
        return lines(
                dir,
                "chats.jsonl",
                12,
                i -> "{\"messages\":[{\"role\":\"system\",\"content\":\"You are a"
                        + " helpful baker.\"},{\"role\":\"user\",\"content\":\"How long should bread number " + i
                        + " rise?\"},"
                        + "{\"role\":\"assistant\",\"content\":\"About an hour, until it has doubled in size.\"}]}");
    }

    /** A zip of every file under {@code folder}, entries under the folder's own name. */
    static Path zip(Path folder, Path zipFile) {
        try (OutputStream out = Files.newOutputStream(zipFile);
                ZipOutputStream zip = new ZipOutputStream(out);
                Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new ZipEntry(
                        folder.getParent().relativize(file).toString().replace('\\', '/')));
                zip.write(Files.readAllBytes(file));
                zip.closeEntry();
            }
            return zipFile;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
