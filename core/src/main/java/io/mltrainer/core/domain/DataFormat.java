package io.mltrainer.core.domain;

import java.util.Locale;

/** How the data is laid out where it lives; {@link #id()} is the name the training code is written for. */
public enum DataFormat {
    CSV,
    TSV,
    JSON,
    JSONL,
    PARQUET,
    /** A folder of {@code <label>/<image>} files. */
    IMAGE_FOLDER,
    /** COCO {@code annotations.json} beside an {@code images/} folder. */
    COCO,
    /** Images beside a {@code metadata.csv} ({@code file_name} plus values). */
    IMAGE_METADATA,
    /** A Hugging Face dataset, loaded with {@code datasets.load_dataset} on the runtime. */
    HUB;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace("_", "");
    }
}
