package io.mltrainer.runtimes.modal;

import io.mltrainer.core.domain.Credentials;
import io.mltrainer.core.domain.Job;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.domain.secrets.SecretRef;
import io.mltrainer.core.port.out.JobRepository;
import io.mltrainer.core.port.out.SecretVault;
import java.util.Map;
import java.util.Optional;

/**
 * The Modal token a build's CLI calls use, as the two variables of the child's environment: the one its owner gave
 * (from the vault), else this process's {@code MODAL_TOKEN_ID}/{@code MODAL_TOKEN_SECRET}, else none (the CLI's own
 * profile, {@code ~/.modal.toml}). Looked up by build, so that a run followed again after a restart finds it too.
 */
public final class ModalTokens {
    static final String ID = "MODAL_TOKEN_ID";
    static final String SECRET = "MODAL_TOKEN_SECRET";

    private final JobRepository jobs;
    private final SecretVault vault;
    private final Map<String, String> fallback;

    /** @param processEnvironment where {@code MODAL_TOKEN_ID} and {@code MODAL_TOKEN_SECRET} may be set */
    public ModalTokens(JobRepository jobs, SecretVault vault, Map<String, String> processEnvironment) {
        this.jobs = jobs;
        this.vault = vault;
        String id = processEnvironment.getOrDefault(ID, "");
        String secret = processEnvironment.getOrDefault(SECRET, "");
        this.fallback = id.isBlank() || secret.isBlank() ? Map.of() : Map.of(ID, id.strip(), SECRET, secret.strip());
    }

    /** The variables for the child's environment; empty when the CLI should use its own profile. */
    public Map<String, String> environment(JobId job) {
        Optional<Job> found = jobs.find(job);
        Credentials credentials = found.map(j -> j.context().request())
                .map(r -> r.intake() == null ? null : r.intake().credentials())
                .orElse(Credentials.NONE);
        if (found.isEmpty() || credentials.modalTokenId() == null || credentials.modalTokenSecret() == null) {
            return fallback;
        }
        String owner = found.get().owner();
        return Map.of(
                ID, reveal(owner, credentials.modalTokenId()), SECRET, reveal(owner, credentials.modalTokenSecret()));
    }

    private String reveal(String owner, SecretRef ref) {
        return vault.reveal(owner, ref)
                .orElseThrow(() -> StageException.badInput(
                        "The Modal token of this build is no longer stored; send it again privately."));
    }
}
