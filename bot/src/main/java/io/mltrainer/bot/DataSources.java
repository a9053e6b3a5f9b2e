package io.mltrainer.bot;

import io.mltrainer.core.agents.dataset.DatasetSources;
import io.mltrainer.core.pipeline.FetchedData;
import io.mltrainer.core.port.out.DatasetSource;
import io.mltrainer.core.port.out.SecretVault;
import io.mltrainer.datasets.FetchLimits;
import io.mltrainer.datasets.LocalDatasetSource;
import io.mltrainer.datasets.LocalTableReader;
import io.mltrainer.datasets.UrlDatasetSource;
import io.mltrainer.huggingface.HubDatasetSource;
import io.mltrainer.kaggle.KaggleDatasetSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The dataset sources of one process: local files, folders and zips, URLs, the Hugging Face dataset viewer
 * ({@code HF_DATASETS_SERVER_URL}) and Kaggle ({@code KAGGLE_API_URL}). A build's own credentials come from the
 * vault; {@code HF_TOKEN} and {@code KAGGLE_API_TOKEN} (or {@code KAGGLE_USERNAME}/{@code KAGGLE_KEY}) serve
 * command-line builds that have none. URL downloads are limited by {@code MLTRAINER_DOWNLOAD_MAX_MB} (default 100)
 * and {@code MLTRAINER_DOWNLOAD_TIMEOUT} (seconds, default 300).
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
                UrlDatasetSource.create(tables, vault, fetched(settings), limits(settings)),
                HubDatasetSource.create(settings.service("HF_DATASETS_SERVER_URL", null), vault, env.get("HF_TOKEN")),
                KaggleDatasetSource.create(
                        settings.service("KAGGLE_API_URL", null),
                        tables,
                        vault,
                        env.get("KAGGLE_API_TOKEN"),
                        env.get("KAGGLE_USERNAME"),
                        env.get("KAGGLE_KEY"))));
    }

    static FetchLimits limits(Settings settings) {
        long megabytes = number(settings, "MLTRAINER_DOWNLOAD_MAX_MB", 100);
        long seconds = number(settings, "MLTRAINER_DOWNLOAD_TIMEOUT", 300);
        return new FetchLimits(megabytes * 1024 * 1024, Duration.ofSeconds(seconds));
    }

    private static long number(Settings settings, String variable, long defaultValue) {
        String value = settings.service(variable, null);
        if (value == null) {
            return defaultValue;
        }
        try {
            long number = Long.parseLong(value.trim());
            if (number <= 0) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(variable + " must be a positive whole number, not '" + value + "'", e);
        }
    }
}
