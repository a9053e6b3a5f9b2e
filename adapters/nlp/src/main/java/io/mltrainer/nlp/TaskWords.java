package io.mltrainer.nlp;

import io.mltrainer.core.domain.TaskType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Words that tell or hint at a task type ({@link Cue}s, each adding its weight to its types' scores) and what some
 * types are never asked for without ({@link Requirement}s). Kept in {@code task-words.txt}, where the weights and
 * their precedence are explained, so the patterns read without Java string escapes.
 */
record TaskWords(List<Cue> cues, List<Requirement> requirements) {
    static final String ASKS_FOR_A_MODEL = "asks for a model";
    private static final String BUNDLED = "task-words.txt";

    TaskWords {
        cues = List.copyOf(cues);
        requirements = List.copyOf(requirements);
    }

    record Cue(String name, double weight, Set<TaskType> types, Pattern pattern) {
        Cue {
            Objects.requireNonNull(name, "name");
            types = Set.copyOf(types);
        }
    }

    /** The types lose {@code penalty} when the cue named {@code evidence} does not match. */
    record Requirement(Set<TaskType> types, double penalty, String evidence) {
        Requirement {
            types = Set.copyOf(types);
        }
    }

    static TaskWords bundled() {
        try (InputStream in = TaskWords.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLED + " is missing from the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TaskWords parse(List<String> lines) {
        List<Cue> cues = new ArrayList<>();
        List<Requirement> requirements = new ArrayList<>();
        String section = "";
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[")) {
                section = line;
            } else if (section.equals("[cues]")) {
                cues.add(cue(line));
            } else if (section.equals("[requirements]")) {
                requirements.add(requirement(line));
            } else {
                throw new IllegalArgumentException("a line outside [cues] and [requirements]: " + line);
            }
        }
        TaskWords words = new TaskWords(cues, requirements);
        words.requirements.forEach(r -> words.named(r.evidence()));
        return words;
    }

    private static Cue cue(String line) {
        // the pattern comes last and may itself contain '|'
        String[] f = line.split("\\s*\\|\\s*", 4);
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
        return new Cue(f[0], Double.parseDouble(f[1]), types(f[2]), Pattern.compile(f[3], flags));
    }

    private static Requirement requirement(String line) {
        String[] f = line.split("\\s*\\|\\s*");
        return new Requirement(types(f[0]), Double.parseDouble(f[1]), f[2]);
    }

    private static Set<TaskType> types(String field) {
        return field.equals("none")
                ? Set.of()
                : Arrays.stream(field.split("\\s*,\\s*")).map(TaskType::fromId).collect(Collectors.toSet());
    }

    private Cue named(String name) {
        return cues.stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no cue named '" + name + "'"));
    }

    /** The cues a request matches, weightless ones included. */
    List<Cue> matching(String request) {
        return cues.stream().filter(c -> c.pattern().matcher(request).find()).toList();
    }

    /** Per type, the weights of the matched cues minus the penalties of the requirements not met. */
    Map<TaskType, Double> adjustments(List<Cue> matched) {
        Map<TaskType, Double> out = new EnumMap<>(TaskType.class);
        for (Cue cue : matched) {
            cue.types().forEach(t -> out.merge(t, cue.weight(), Double::sum));
        }
        Set<String> names = matched.stream().map(Cue::name).collect(Collectors.toSet());
        for (Requirement r : requirements) {
            if (!names.contains(r.evidence())) {
                r.types().forEach(t -> out.merge(t, -r.penalty(), Double::sum));
            }
        }
        return out;
    }
}
