package io.mltrainer.core.domain.secrets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Finds credentials in any text (a chat message, an error, a log line) by their published formats. References
 * ({@code secret:hf_token:7f3a9c}) are never taken for secrets, so masking text twice changes nothing.
 */
public final class SecretScanner {
    private static final Comparator<Candidate> LEFTMOST_MOST_SPECIFIC_LONGEST = Comparator.comparingInt(
                    (Candidate c) -> c.match().start())
            .thenComparingInt(Candidate::priority)
            .thenComparingInt(c -> -c.match().value().length());

    private SecretScanner() {}

    /** Every credential in {@code text}, in order, none overlapping another. */
    public static List<SecretMatch> scan(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<SecretMatch> references = references(text);
        List<Candidate> candidates = new ArrayList<>();
        for (int priority = 0; priority < SecretRules.ALL.size(); priority++) {
            collect(text, SecretRules.ALL.get(priority), priority, candidates);
        }
        candidates.removeIf(c -> references.stream()
                .anyMatch(r -> r.overlaps(c.match().start(), c.match().end())));
        return nonOverlapping(candidates);
    }

    /** {@code text} with every credential replaced by {@code [redacted <kind>]}; references stay as they are. */
    public static String maskAll(String text) {
        List<SecretMatch> matches = scan(text);
        if (matches.isEmpty()) {
            return text;
        }
        StringBuilder masked = new StringBuilder(text.length());
        int from = 0;
        for (SecretMatch match : matches) {
            masked.append(text, from, match.start()).append(redacted(match.kind()));
            from = match.end();
        }
        return masked.append(text, from, text.length()).toString();
    }

    /** What {@link #maskAll} puts in place of a credential of {@code kind}. */
    public static String redacted(SecretKind kind) {
        return "[redacted " + kind.id() + "]";
    }

    private static void collect(String text, SecretRule rule, int priority, List<Candidate> into) {
        Matcher m = rule.pattern().matcher(text);
        while (m.find()) {
            if (rule.accepts().test(text, m)) {
                SecretMatch match =
                        new SecretMatch(rule.kind(), m.start(rule.group()), m.end(rule.group()), m.group(rule.group()));
                into.add(new Candidate(match, priority));
            }
        }
    }

    private static List<SecretMatch> references(String text) {
        List<SecretMatch> spans = new ArrayList<>();
        Matcher m = SecretRef.PATTERN.matcher(text);
        while (m.find()) {
            spans.add(new SecretMatch(SecretKind.GENERIC, m.start(), m.end(), m.group()));
        }
        return spans;
    }

    private static List<SecretMatch> nonOverlapping(List<Candidate> candidates) {
        candidates.sort(LEFTMOST_MOST_SPECIFIC_LONGEST);
        List<SecretMatch> kept = new ArrayList<>();
        int end = 0;
        for (Candidate candidate : candidates) {
            if (candidate.match().start() >= end) {
                kept.add(candidate.match());
                end = candidate.match().end();
            }
        }
        return List.copyOf(kept);
    }

    private record Candidate(SecretMatch match, int priority) {}
}
