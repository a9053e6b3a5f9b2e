package io.mltrainer.kaggle;

import io.mltrainer.core.domain.Credentials;
import io.mltrainer.core.domain.IntakeResult;
import io.mltrainer.core.domain.Job;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.secrets.SecretRef;
import io.mltrainer.core.port.out.JobRepository;
import io.mltrainer.core.port.out.SecretVault;
import java.util.Optional;

/**
 * The Kaggle credentials a build may use: its own (references revealed from the vault), else those of the
 * environment for command-line builds ({@code KAGGLE_API_TOKEN}, or {@code KAGGLE_USERNAME} and {@code KAGGLE_KEY}).
 * A build's own are found again from its stored request, so that another process (a replica that took the build
 * over, a restarted one) follows its run with them.
 */
final class KaggleCredentials {
    private final SecretVault vault;
    private final KaggleAuth fallback;
    private final JobRepository builds;

    /** @param builds where a build's request (its owner, its credential references) is read; may be null */
    KaggleCredentials(SecretVault vault, KaggleAuth fallback, JobRepository builds) {
        this.vault = vault;
        this.fallback = fallback;
        this.builds = builds;
    }

    /** The credentials of the stored build {@code id}, else the environment's. */
    Optional<KaggleAuth> ofBuild(JobId id) {
        Optional<Job> build = builds == null || id == null ? Optional.empty() : builds.find(id);
        return of(
                build.map(Job::owner).orElse(null),
                build.map(j -> j.context().request().intake())
                        .map(IntakeResult::credentials)
                        .orElse(null));
    }

    Optional<KaggleAuth> of(String owner, Credentials credentials) {
        if (vault != null && credentials != null) {
            Optional<KaggleAuth> own = KaggleAuth.of(
                    reveal(owner, credentials.kaggleToken()),
                    credentials.kaggleUsername(),
                    reveal(owner, credentials.kaggleKey()));
            if (own.isPresent()) {
                return own;
            }
        }
        return Optional.ofNullable(fallback);
    }

    private String reveal(String owner, SecretRef ref) {
        return ref == null ? null : vault.reveal(owner, ref).orElse(null);
    }
}
