package io.mltrainer.core.port.out;

import java.util.Objects;

/**
 * An image found in a local folder or archive: its path relative to the dataset root, the label its folder gives
 * (null outside a {@code <label>/<file>} layout), its size, and whether it could be decoded at all.
 */
public record ImageFile(String path, String label, int width, int height, boolean readable) {
    public ImageFile {
        Objects.requireNonNull(path, "path");
    }

    public static ImageFile unreadable(String path, String label) {
        return new ImageFile(path, label, 0, 0, false);
    }
}
