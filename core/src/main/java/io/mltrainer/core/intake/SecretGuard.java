package io.mltrainer.core.intake;

import io.mltrainer.core.domain.secrets.SecretKind;
import io.mltrainer.core.domain.secrets.SecretMatch;
import io.mltrainer.core.domain.secrets.SecretRef;
import io.mltrainer.core.domain.secrets.SecretScanner;
import io.mltrainer.core.port.out.SecretVault;
import io.mltrainer.core.port.out.StoredSecret;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where text enters mltrainer: every credential in it goes into the vault and is replaced by its reference before
 * anything stores, logs, publishes or sends the text. The vault gives the same reference for the same value of the
 * same owner, so a key pasted twice is stored once. Besides the credentials recognised by their shape, the values
 * the owner already stored are found too: a secret without a recognisable shape, once given privately, is masked
 * wherever its owner repeats it.
 */
public final class SecretGuard {
    /** What the person who pasted a credential where others can read it is told. */
    public static final String EXPOSED_WARNING = "⚠ That message held a credential in a channel others can read. I"
            + " stored it masked and removed it from what I keep, but treat it as leaked: rotate it now, then send the"
            + " new one privately.";

    /** Shorter stored values are not searched for: they would match ordinary words. */
    static final int SHORTEST_KNOWN = 8;

    private final SecretVault vault;

    public SecretGuard(SecretVault vault) {
        this.vault = Objects.requireNonNull(vault, "vault");
    }

    /**
     * @param privateChannel a DM or a modal: only the sender can read the text
     * @param answeringCredentialQuestion the text answers the bot's question for a credential; in a private channel
     *     the whole answer is then a secret of {@code expectedKind} (GENERIC when null) even when its shape is not
     *     recognised, unless recognisable credentials are found in it
     */
    public Guarded protect(
            String owner,
            String text,
            boolean privateChannel,
            boolean answeringCredentialQuestion,
            SecretKind expectedKind) {
        requireOwner(owner);
        List<SecretMatch> found = withKnownValues(owner, text, SecretScanner.scan(text));
        if (found.isEmpty() && privateChannel && answeringCredentialQuestion && isUnrecognisedValue(text)) {
            found = List.of(wholeAnswer(text, expectedKind == null ? SecretKind.GENERIC : expectedKind));
        }
        return replace(owner, text, found, privateChannel);
    }

    /** {@code recognised} plus every place, not already covered, where a value the owner stored occurs. */
    private List<SecretMatch> withKnownValues(String owner, String text, List<SecretMatch> recognised) {
        List<SecretMatch> all = new ArrayList<>(recognised);
        for (StoredSecret stored : vault.list(owner)) {
            String value = vault.reveal(owner, stored.ref()).orElse("");
            if (value.length() < SHORTEST_KNOWN) {
                continue;
            }
            for (int at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + value.length())) {
                int start = at;
                if (all.stream().noneMatch(m -> m.overlaps(start, start + value.length()))) {
                    all.add(new SecretMatch(stored.ref().kind(), start, start + value.length(), value));
                }
            }
        }
        all.sort(Comparator.comparingInt(SecretMatch::start));
        return all;
    }

    private Guarded replace(String owner, String text, List<SecretMatch> found, boolean privateChannel) {
        Map<Found, SecretRef> refs = new LinkedHashMap<>();
        StringBuilder safe = new StringBuilder(text.length());
        int from = 0;
        for (SecretMatch match : found) {
            SecretRef ref = refs.computeIfAbsent(
                    new Found(match.kind(), match.value()), f -> vault.store(owner, f.kind(), f.value()));
            safe.append(text, from, match.start()).append(ref.asString());
            from = match.end();
        }
        safe.append(text, from, text.length());
        List<SecretRef> distinct = refs.values().stream().distinct().toList();
        return new Guarded(safe.toString(), distinct, !privateChannel && !distinct.isEmpty());
    }

    private static boolean isUnrecognisedValue(String text) {
        String answer = text.strip();
        return !answer.isEmpty() && !SecretRef.PATTERN.matcher(answer).matches();
    }

    private static SecretMatch wholeAnswer(String text, SecretKind kind) {
        String value = text.strip();
        int start = text.indexOf(value);
        return new SecretMatch(kind, start, start + value.length(), value);
    }

    private static void requireOwner(String owner) {
        if (owner == null || owner.isBlank()) {
            throw new IllegalArgumentException("a secret needs the user who gave it");
        }
    }

    /** A credential as found; its toString leaves the value out like {@link SecretMatch}'s. */
    private record Found(SecretKind kind, String value) {
        @Override
        public String toString() {
            return "Found[" + kind.id() + "]";
        }
    }
}
