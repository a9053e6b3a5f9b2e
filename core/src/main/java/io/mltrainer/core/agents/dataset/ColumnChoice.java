package io.mltrainer.core.agents.dataset;

import io.mltrainer.core.domain.QuestionSlot;
import io.mltrainer.core.domain.StageException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Picks the column that plays a role: the one the user named, else the only candidate, else a conventional name,
 * else one the request mentions; when several remain, the build asks, naming them.
 */
final class ColumnChoice {
    private ColumnChoice() {}

    /** The column the user named (exactly, then ignoring case), or a bad-input failure that lists the columns. */
    static String named(String given, List<String> header, String what) {
        return header.stream()
                .filter(h -> h.equals(given))
                .findFirst()
                .or(() -> header.stream().filter(h -> h.equalsIgnoreCase(given)).findFirst())
                .orElseThrow(() -> StageException.badInput("The data has no column '" + given + "' for " + what
                        + ". Its columns are: " + String.join(", ", header) + "."));
    }

    /**
     * @param slot the question's slot ("text", "label"…) when several candidates remain
     * @param what the role in words ("the text")
     * @param conventional usual names for the role, best first
     */
    static String pick(
            QuestionSlot slot,
            String what,
            String given,
            String request,
            List<String> header,
            List<String> candidates,
            List<String> conventional) {
        return pick(slot, what, given, null, request, header, candidates, conventional);
    }

    /**
     * As above; {@code answer} is a column the user named without saying for which role (a chat answer arrives as
     * the build's target): it settles this role when it is one of the candidates.
     */
    static String pick(
            QuestionSlot slot,
            String what,
            String given,
            String answer,
            String request,
            List<String> header,
            List<String> candidates,
            List<String> conventional) {
        if (given != null && !given.isBlank()) {
            return named(given, header, what);
        }
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        if (answer != null && candidates.contains(answer)) {
            return answer;
        }
        if (candidates.isEmpty()) {
            throw StageException.badInput("I found no column that can be " + what + ". The columns are: "
                    + String.join(", ", header) + ". Name the column in the request.");
        }
        Optional<String> usual = conventional(candidates, conventional);
        if (usual.isPresent()) {
            return usual.get();
        }
        List<String> mentioned = mentioned(request, candidates);
        if (mentioned.size() == 1) {
            return mentioned.get(0);
        }
        throw StageException.question(
                slot,
                "I found columns " + listed(candidates) + ": which one is " + what + "? Name it in the request (\"… "
                        + slot.id() + " in `" + candidates.get(0) + "` …\").",
                candidates);
    }

    /** The first conventional name present among the candidates (a better name wins over a worse one). */
    static Optional<String> conventional(List<String> candidates, List<String> conventional) {
        for (String name : conventional) {
            for (String c : candidates) {
                if (c.trim().toLowerCase(Locale.ROOT).equals(name)) {
                    return Optional.of(c);
                }
            }
        }
        return Optional.empty();
    }

    static List<String> mentioned(String request, List<String> candidates) {
        List<String> found = new ArrayList<>();
        String lower = request == null ? "" : request.toLowerCase(Locale.ROOT);
        for (String c : candidates) {
            Pattern word = Pattern.compile("(?<![\\w])" + Pattern.quote(c.toLowerCase(Locale.ROOT)) + "(?![\\w])");
            if (word.matcher(lower).find()) {
                found.add(c);
            }
        }
        return found;
    }

    /** "`a` and `b`", "`a`, `b` and `c`". */
    static String listed(List<String> names) {
        List<String> quoted = names.stream().map(n -> "`" + n + "`").toList();
        if (quoted.size() == 1) {
            return quoted.get(0);
        }
        return quoted.subList(0, quoted.size() - 1).stream().collect(Collectors.joining(", ")) + " and "
                + quoted.get(quoted.size() - 1);
    }
}
