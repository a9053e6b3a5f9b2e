package io.mltrainer.core.agents.codegen;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The keys a template reads, partials included, each with the sections it sits in: what a model must hold for the
 * template to render strictly, whichever sections a build switches on.
 */
public final class TemplateTags {
    private static final Pattern TAG =
            Pattern.compile("\\{\\{\\{\\s*([^}]+?)\\s*}}}|\\{\\{\\s*([#^/>!&]?)\\s*([^}]*?)\\s*}}");

    /** A key and the sections around it, outermost first. */
    public record Use(String template, String key, List<String> sections) {}

    private TemplateTags() {}

    public static List<Use> of(String template) {
        List<Use> uses = new ArrayList<>();
        walk(template, new ArrayDeque<>(), uses);
        return uses;
    }

    private static void walk(String template, Deque<String> sections, List<Use> uses) {
        Matcher m = TAG.matcher(Templates.source(template));
        while (m.find()) {
            if (m.group(1) != null) {
                use(template, m.group(1), sections, uses);
                continue;
            }
            String sigil = m.group(2);
            String name = m.group(3);
            switch (sigil) {
                case "#", "^" -> {
                    use(template, name, sections, uses);
                    sections.addLast(name);
                }
                case "/" -> sections.removeLast();
                case ">" -> walk(name, sections, uses);
                case "!" -> {}
                default -> use(template, name, sections, uses);
            }
        }
    }

    private static void use(String template, String name, Deque<String> sections, List<Use> uses) {
        if (!name.equals(".") && !name.equals("this")) {
            uses.add(new Use(template, name.split("\\.")[0], List.copyOf(sections)));
        }
    }

    /**
     * The uses whose key the model lacks: a key must be in the model, or in the items of a list section around it
     * ({@code items} holds each list key's item keys).
     */
    public static List<Use> missing(List<Use> uses, Map<String, Object> model, Map<String, Set<String>> items) {
        return uses.stream()
                .filter(u -> !model.containsKey(u.key()))
                .filter(u -> u.sections().stream()
                        .noneMatch(s -> items.getOrDefault(s, Set.of()).contains(u.key())))
                .toList();
    }
}
