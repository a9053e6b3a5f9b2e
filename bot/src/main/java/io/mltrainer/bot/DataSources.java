package io.mltrainer.bot;

import io.mltrainer.core.data.DatasetSources;
import io.mltrainer.core.data.FetchedData;
import io.mltrainer.core.port.DatasetSource;
import io.mltrainer.core.secrets.SecretVault;
import io.mltrainer.datasets.LocalDatasetSource;
import io.mltrainer.datasets.LocalTableReader;
import io.mltrainer.datasets.UrlDatasetSource;
import io.mltrainer.huggingface.HubDatasetSource;
import io.mltrainer.kaggle.KaggleDatasetSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The dataset sources of one process: local files, folders and zips, URLs, the Hugging Face dataset viewer
 * ({@code HF_DATASETS_SERVER_URL}) and Kaggle ({@code KAGGLE_API_URL}). A build's own credentials come from the
 * vault; {@code HF_TOKEN} and {@code KAGGLE_API_TOKEN} (or {@code KAGGLE_USERNAME}/{@code KAGGLE_KEY}) serve
 * command-line builds that have none.
 */
final class DataSources {
    private DataSources() {}

    static LocalTableReader tables(Settings settings, Path workingDirectory) {
        return new LocalTableReader(
                workingDirectory, settings.python() == null ? "/usr/bin/python3" : settings.python());
    }

    /** Where checked downloads are kept for local runs to read. */
    static FetchedData fetched(Settings settings) {
        return new FetchedData(settings.home().resolve("fetched"));
    }

    static DatasetSource create(
            Settings settings, LocalTableReader tables, SecretVault vault, Map<String, String> env) {
        return new DatasetSources(List.of(
                new LocalDatasetSource(tables),
                UrlDatasetSource.withDefaults(tables, fetched(settings)),
                HubDatasetSource.create(settings.service("HF_DATASETS_SERVER_URL", null), vault, env.get("HF_TOKEN")),
                KaggleDatasetSource.create(
                        settings.service("KAGGLE_API_URL", null),
                        tables,
                        vault,
                        env.get("KAGGLE_API_TOKEN"),
                        env.get("KAGGLE_USERNAME"),
                        env.get("KAGGLE_KEY"))));
    }
}
