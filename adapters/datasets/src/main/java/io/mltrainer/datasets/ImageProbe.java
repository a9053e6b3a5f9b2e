package io.mltrainer.datasets;

import io.mltrainer.core.port.out.ImageFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/** Reads an image's size from its header (without decoding the pixels); a file no reader accepts is unreadable. */
final class ImageProbe {
    static final Set<String> EXTENSIONS = Set.of("png", "jpg", "jpeg", "gif", "bmp", "webp", "tif", "tiff");

    private ImageProbe() {}

    static boolean looksLikeImage(Path file) {
        String name =
                file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1));
    }

    static ImageFile probe(Path file, String relative, String label) {
        try (InputStream in = Files.newInputStream(file);
                ImageInputStream stream = ImageIO.createImageInputStream(in)) {
            Iterator<ImageReader> readers = stream == null ? null : ImageIO.getImageReaders(stream);
            if (readers == null || !readers.hasNext()) {
                return ImageFile.unreadable(relative, label);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(stream, true, true);
                return new ImageFile(relative, label, reader.getWidth(0), reader.getHeight(0), true);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return ImageFile.unreadable(relative, label);
        }
    }
}
