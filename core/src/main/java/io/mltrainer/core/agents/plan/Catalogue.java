package io.mltrainer.core.agents.plan;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.mltrainer.core.domain.RuntimeKind;
import io.mltrainer.core.domain.TaskType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The curated, versioned catalogue ({@code catalogue.json} beside this class): accelerators with memory, speed and
 * price, what each runtime offers, and Hub backbones per task and language, best first for GPUs.
 */
public record Catalogue(
        String version, String notes, List<Accelerator> accelerators, List<Offer> runtimes, List<Entry> backbones) {
    private static final String RESOURCE = "catalogue.json";

    public Catalogue {
        Objects.requireNonNull(version, "version");
        accelerators = List.copyOf(accelerators);
        runtimes = List.copyOf(runtimes);
        backbones = List.copyOf(backbones);
    }

    public static Catalogue load() {
        ObjectMapper json = new ObjectMapper()
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = Catalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return json.readValue(in, Catalogue.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    public Accelerator accelerator(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("unknown accelerator " + name));
    }

    public Optional<Accelerator> find(String name) {
        return accelerators.stream()
                .filter(a -> a.name().equalsIgnoreCase(name))
                .findFirst();
    }

    public Offer offer(RuntimeKind runtime) {
        return runtimes.stream()
                .filter(r -> r.name().equals(runtime.id()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the catalogue has no runtime " + runtime.id()));
    }

    /** The backbones for a task that speak the language (or every language), in the catalogue's order. */
    public List<Entry> backbones(TaskType task, String language) {
        return backbones.stream()
                .filter(b -> b.task().equals(task.id()))
                .filter(b -> b.speaks(language))
                .toList();
    }

    public Optional<Entry> backbone(String id) {
        return backbones.stream().filter(b -> b.id().equalsIgnoreCase(id)).findFirst();
    }

    /** A GPU (or the CPU): memory in GB, dense fp16/bf16 peak TFLOPS, bf16 support, price per hour. */
    public record Accelerator(String name, double memoryGb, double tflops, boolean bf16, double usdPerHour) {
        public boolean gpu() {
            return !name.equals("cpu");
        }
    }

    /** A runtime's accelerators (cheapest first) and its quota, if it has one. */
    public record Offer(String name, List<String> accelerators, Double weeklyQuotaHours, Double sessionHours) {
        public Offer {
            accelerators = List.copyOf(accelerators);
        }
    }

    /**
     * A backbone; {@code id} may hold {@code {source}} and {@code {target}} for language pairs, then {@code pairs}
     * lists the pairs that exist.
     */
    public record Entry(
            String task, String id, double paramsM, List<String> languages, String library, List<String> pairs) {
        public Entry {
            languages = languages == null ? List.of("*") : List.copyOf(languages);
            pairs = pairs == null ? List.of() : List.copyOf(pairs);
        }

        boolean speaks(String language) {
            return languages.contains("*")
                    || language != null && languages.contains(language.toLowerCase(Locale.ROOT))
                    || language == null && languages.contains("en");
        }

        /** The Hub id for a language pair, when this entry is a pair template that has it. */
        Optional<String> forPair(String source, String target) {
            if (pairs.isEmpty()) {
                return Optional.of(id);
            }
            return pairs.contains(source + "-" + target)
                    ? Optional.of(id.replace("{source}", source).replace("{target}", target))
                    : Optional.empty();
        }
    }
}
