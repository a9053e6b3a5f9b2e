package io.mltrainer.huggingface;

import io.mltrainer.core.domain.Credentials;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.pipeline.StageException;
import io.mltrainer.core.port.DataStaging;
import io.mltrainer.core.secrets.SecretVault;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Local data for a remote runtime, staged to a private dataset repository {@code <user>/mltrainer-data-<build>} on
 * the build owner's Hugging Face account with the build's own token (else {@code HF_TOKEN} of a command-line build).
 * Files are sent in one commit; larger ones than {@link #LIMIT_BYTES} are refused with what to do instead.
 */
public final class HubDataStaging implements DataStaging {
    public static final long LIMIT_BYTES = 50L * 1024 * 1024;

    private final HubClient hub;
    private final HubTokens tokens;

    public HubDataStaging(HubClient hub, SecretVault vault, String fallbackToken) {
        this.hub = hub;
        this.tokens = new HubTokens(vault, fallbackToken);
    }

    @Override
    public Staged stage(String owner, Credentials credentials, JobId job, Path file) {
        String token = token(owner, credentials);
        long size = size(file);
        if (size > LIMIT_BYTES) {
            throw StageException.badInput(file.getFileName() + " is " + size / (1024 * 1024) + " MB: too large to"
                    + " stage for a remote run this way (limit " + LIMIT_BYTES / (1024 * 1024) + " MB). Upload it as a"
                    + " Hugging Face or Kaggle dataset and name it in the request.");
        }
        Whoami whoami = hub.whoami(token);
        WriteAccess access = HubClient.canWrite(whoami, whoami.name());
        if (!access.allowed()) {
            throw StageException.badInput("To train remotely I put the data in a private dataset on your Hugging"
                    + " Face account, but " + access.reason());
        }
        String name = "mltrainer-data-" + job.value().toLowerCase(Locale.ROOT);
        String repository = whoami.name() + "/" + name;
        String fileName = file.getFileName().toString();
        hub.createRepo(RepoType.DATASET, whoami.name(), name, true, token);
        hub.commit(
                RepoType.DATASET,
                repository,
                "Data of mltrainer build " + job.value(),
                Map.of(fileName, read(file)),
                token);
        return new Staged(repository, fileName);
    }

    private String token(String owner, Credentials credentials) {
        return tokens.of(owner, credentials)
                .orElseThrow(() -> StageException.badInput(
                        "A Kaggle run reads local data from a private Hugging Face dataset: give a"
                                + " Hugging Face token with write access (or set HF_TOKEN), or put the data on Kaggle or the Hub"
                                + " and name it."));
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
