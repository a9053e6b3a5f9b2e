package io.mltrainer.huggingface;

import io.mltrainer.core.domain.Credentials;
import io.mltrainer.core.domain.Deployment;
import io.mltrainer.core.domain.FailureKind;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.port.out.HubRelease;
import io.mltrainer.core.port.out.ModelHub;
import io.mltrainer.core.port.out.SecretVault;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Publishes a model from the local registry to the Hub: the model repository {@code <namespace>/<name>} (created when
 * missing, private unless asked otherwise) gets every file of the registry folder but {@code space/} in one commit,
 * binaries through Git LFS; then the Space {@code <name>-demo} gets {@code space/}, the {@code MODEL_ID} variable
 * and, for a private model whose owner agreed, the token as the {@code HF_TOKEN} secret; its runtime is watched until
 * it runs or fails ({@link SpaceWatch}). Files the Hub already holds are not sent again, so a deploy repeated after a
 * failure sends only what is missing.
 */
public final class HubModelPublisher implements ModelHub {
    static final String SPACE_FOLDER = "space/";

    private final HubClient hub;
    private final HubTokens tokens;
    private final SpaceWatch watch;

    public HubModelPublisher(HubClient hub, SecretVault vault, String fallbackToken, SpaceWatch watch) {
        this.hub = hub;
        this.tokens = new HubTokens(vault, fallbackToken);
        this.watch = watch;
    }

    @Override
    public String namespace(String owner, Credentials credentials, String requested) {
        String token = token(owner, credentials);
        WriteAccess access = HubClient.canWrite(hub.whoami(token), requested);
        if (!access.allowed()) {
            throw new StageException(
                    FailureKind.AUTHENTICATION,
                    "I cannot publish under " + access.namespace() + ": " + access.reason());
        }
        RepoName.problem("The namespace", access.namespace()).ifPresent(problem -> {
            throw StageException.badInput(problem);
        });
        return access.namespace();
    }

    @Override
    public Deployment publish(HubRelease release) {
        String token = token(release.owner(), release.credentials());
        RepoName.problem("The model name", release.name()).ifPresent(problem -> {
            throw StageException.badInput(problem);
        });
        Map<String, byte[]> model = files(release.folder(), false);
        Map<String, byte[]> space = files(release.folder(), true);
        refuseToken(model, token);
        refuseToken(space, token);
        hub.createRepo(RepoType.MODEL, release.namespace(), release.name(), release.isPrivate(), token);
        String commit = hub.commit(
                RepoType.MODEL,
                release.repoId(),
                "Model of mltrainer build " + release.job().value(),
                model,
                token);
        String modelUrl = hub.webUrl(RepoType.MODEL, release.repoId());
        String location = release.folder().toString();
        if (!release.space() || space.isEmpty()) {
            return new Deployment("huggingface", location, modelUrl, null, commit, null, null);
        }
        String spaceName = release.name() + "-demo";
        String spaceId = release.namespace() + "/" + spaceName;
        hub.createRepo(RepoType.SPACE, release.namespace(), spaceName, release.isPrivate(), token);
        hub.commit(
                RepoType.SPACE,
                spaceId,
                "Demo of " + release.repoId() + " (mltrainer build "
                        + release.job().value() + ")",
                space,
                token);
        hub.spaceVariable(spaceId, "MODEL_ID", release.repoId(), token);
        if (release.isPrivate() && release.spaceToken()) {
            hub.spaceSecret(spaceId, "HF_TOKEN", token, token);
        }
        SpaceRuntime runtime = watch.until(() -> hub.spaceRuntime(spaceId, token));
        return new Deployment(
                "huggingface",
                location,
                modelUrl,
                hub.webUrl(RepoType.SPACE, spaceId),
                commit,
                runtime.stage(),
                runtime.error().isBlank() ? null : runtime.error());
    }

    private String token(String owner, Credentials credentials) {
        return tokens.of(owner, credentials)
                .orElseThrow(() -> StageException.badInput("Publishing to the Hugging Face Hub needs a token with write"
                        + " access: create one at " + WriteRules.TOKENS_PAGE + " and send it to me privately (or set"
                        + " HF_TOKEN), or keep the model local."));
    }

    /** The folder's files by their path in the repository: the model's, or the Space's (from {@code space/}). */
    static Map<String, byte[]> files(Path folder, boolean space) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                String path = folder.relativize(file).toString().replace('\\', '/');
                if (path.startsWith(SPACE_FOLDER) == space) {
                    files.put(space ? path.substring(SPACE_FOLDER.length()) : path, Files.readAllBytes(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** A last guard: nothing published may hold the token (a script or log that echoed it). */
    private static void refuseToken(Map<String, byte[]> files, String token) {
        files.forEach((path, bytes) -> {
            if (new String(bytes, StandardCharsets.ISO_8859_1).contains(token)) {
                throw StageException.badInput("I did not publish: " + path + " contains your Hugging Face token."
                        + " Remove it from the file (and rotate the token) before deploying again.");
            }
        });
    }
}
