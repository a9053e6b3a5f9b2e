package io.mltrainer.core.agents.plan;

import io.mltrainer.core.domain.Backbone;
import io.mltrainer.core.domain.FineTuning;
import io.mltrainer.core.domain.Hyperparameters;
import io.mltrainer.core.domain.NeuralSettings;
import io.mltrainer.core.domain.ParsedIntent;
import io.mltrainer.core.domain.Precision;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.domain.TaskType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Sizes a fine-tuning run: the first catalogue backbone (smallest first on a CPU) that fits an accelerator, the
 * largest power-of-two batch that fits its memory with gradient accumulation making up the effective batch, the
 * precision the accelerator supports, and for LLMs LoRA before QLoRA; on a runtime with a choice of GPUs, the one
 * with the lowest cost. The user's model, method, precision, batch and epochs are honoured when they fit and refused
 * with the reason and an alternative when they cannot.
 */
final class NeuralPlanner {
    static final double MEMORY_HEADROOM = 0.9;
    static final int MAX_EPOCHS = 100;
    private static final Pattern SIZE = Pattern.compile("(?i)(?<![\\w.])(\\d+(?:\\.\\d+)?)([bm])(?![a-z0-9])");

    private final Catalogue catalogue;

    NeuralPlanner(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    NeuralChoice plan(TaskType type, ParsedIntent intent, Workload work, Hardware hardware) {
        TaskProfile profile = TaskProfile.of(type);
        Hyperparameters asked = intent.hyperparameters();
        int epochs = asked.epochs() != null ? asked.epochs() : profile.epochs();
        if (epochs > MAX_EPOCHS) {
            throw StageException.badInput(epochs + " epochs is more than " + MAX_EPOCHS + ": fine-tuning a pretrained"
                    + " model needs a handful (" + profile.epochs() + " is usual for " + type.id() + ").");
        }
        int batch = asked.batchSize() != null ? asked.batchSize() : profile.effectiveBatch();
        if (batch > 4096) {
            throw StageException.badInput("A batch of " + batch + " examples is more than any run here needs; use at"
                    + " most 4096 (" + profile.effectiveBatch() + " is usual for " + type.id() + ").");
        }
        List<Candidate> candidates = candidates(type, intent, work, hardware);
        for (Candidate candidate : candidates) {
            Optional<NeuralChoice> best = options(type, intent, work, hardware, candidate, epochs, batch).stream()
                    .min(Comparator.comparingDouble((NeuralChoice c) -> cost(c))
                            .thenComparingLong(NeuralChoice::seconds));
            if (best.isPresent()) {
                return best.get();
            }
        }
        throw StageException.badInput(refusal(type, intent, work, hardware, candidates.get(0)));
    }

    private List<NeuralChoice> options(
            TaskType type,
            ParsedIntent intent,
            Workload work,
            Hardware hardware,
            Candidate candidate,
            int epochs,
            int batch) {
        List<NeuralChoice> options = new ArrayList<>();
        for (Catalogue.Accelerator accelerator : hardware.options()) {
            Precision precision = precision(intent.precision(), accelerator, hardware.chosen(), candidate.id());
            if (precision == null) {
                continue;
            }
            for (FineTuning method : methods(type, intent.fineTuning(), accelerator)) {
                Optional<Fit> fit = fit(candidate.paramsM(), work, batch, method, precision, accelerator, type);
                if (fit.isPresent()) {
                    options.add(
                            choice(type, intent, work, candidate, accelerator, method, precision, fit.get(), epochs));
                    break;
                }
            }
        }
        return options;
    }

    private NeuralChoice choice(
            TaskType type,
            ParsedIntent intent,
            Workload work,
            Candidate candidate,
            Catalogue.Accelerator accelerator,
            FineTuning method,
            Precision precision,
            Fit fit,
            int epochs) {
        TaskProfile profile = TaskProfile.of(type);
        double rate = intent.hyperparameters().learningRate() != null
                ? intent.hyperparameters().learningRate()
                : method == FineTuning.FULL ? profile.learningRate() : 2e-4;
        boolean llm = type == TaskType.LLM_FINETUNING;
        var settings = new NeuralSettings(
                epochs,
                fit.batch(),
                fit.accumulation(),
                rate,
                precision,
                work.maxLength(),
                work.imageSize(),
                llm || method != FineTuning.FULL ? method : null,
                method == FineTuning.FULL ? null : 16,
                fit.checkpointing());
        long seconds = Sizing.seconds(
                candidate.paramsM(),
                work.imageSize() != null ? work.tokensPerExample() : work.meanTokens(),
                work.examples(),
                epochs,
                method,
                precision,
                accelerator);
        List<String> assumptions = new ArrayList<>();
        assumptions.add(String.format(
                Locale.ROOT,
                "%s (%s parameters), %s, %s, batch %d × %d accumulation%s",
                candidate.id(),
                millions(candidate.paramsM()),
                method.name().toLowerCase(Locale.ROOT).replace("full", "full fine-tune"),
                precision.name().toLowerCase(Locale.ROOT),
                fit.batch(),
                fit.accumulation(),
                fit.checkpointing() ? ", gradient checkpointing" : ""));
        assumptions.add(String.format(
                Locale.ROOT,
                "%d training examples × %d epochs, %s per example",
                work.examples(),
                epochs,
                work.imageSize() != null
                        ? work.imageSize() + "×" + work.imageSize() + " px"
                        : "up to " + work.maxLength() + " tokens"));
        if (intent.hyperparameters().maxSteps() != null) {
            assumptions.add("max steps " + intent.hyperparameters().maxSteps() + " caps the epochs");
        }
        Backbone backbone =
                new Backbone(candidate.id(), candidate.paramsM(), candidate.library(), candidate.catalogueVersion());
        return new NeuralChoice(backbone, settings, accelerator, seconds, fit.memoryGb(), assumptions);
    }

    List<Candidate> candidates(TaskType type, ParsedIntent intent, Workload work, Hardware hardware) {
        String library = type == TaskType.LLM_FINETUNING ? "peft" : "transformers";
        if (intent.baseModel() != null && !intent.baseModel().isBlank()) {
            String id = intent.baseModel().trim();
            return List.of(catalogue
                    .backbone(id)
                    .map(e -> new Candidate(e.id(), e.paramsM(), e.library(), catalogue.version()))
                    .or(() -> size(id).map(s -> new Candidate(id, s, library, null)))
                    .orElseThrow(() -> StageException.badInput("I do not know how big " + id + " is, so I cannot check"
                            + " that it fits. Name a model whose id gives its size (…-7B, …-350M) or one from the"
                            + " catalogue: "
                            + catalogue.backbones(type, null).stream()
                                    .map(Catalogue.Entry::id)
                                    .collect(Collectors.joining(", "))
                            + ".")));
        }
        List<Candidate> found = new ArrayList<>();
        for (Catalogue.Entry entry : catalogue.backbones(type, work.language())) {
            pairId(type, entry, work)
                    .ifPresent(
                            id -> found.add(new Candidate(id, entry.paramsM(), entry.library(), catalogue.version())));
        }
        if (found.isEmpty()) {
            catalogue
                    .backbones(type, null)
                    .forEach(e -> pairId(type, e, work)
                            .ifPresent(
                                    id -> found.add(new Candidate(id, e.paramsM(), e.library(), catalogue.version()))));
        }
        if (!hardware.gpu()) {
            found.sort(Comparator.comparingDouble(Candidate::paramsM));
        }
        return found;
    }

    private Optional<String> pairId(TaskType type, Catalogue.Entry entry, Workload work) {
        if (type != TaskType.TRANSLATION || entry.pairs().isEmpty()) {
            return Optional.of(entry.id());
        }
        return work.language() == null || work.targetLanguage() == null
                ? Optional.empty()
                : entry.forPair(work.language(), work.targetLanguage());
    }

    static Optional<Double> size(String id) {
        String name = id.substring(id.lastIndexOf('/') + 1);
        Matcher m = SIZE.matcher(name);
        Double found = null;
        while (m.find()) {
            double value = Double.parseDouble(m.group(1));
            found = m.group(2).equalsIgnoreCase("b") ? value * 1000 : value;
        }
        return Optional.ofNullable(found);
    }

    static List<FineTuning> methods(TaskType type, FineTuning asked, Catalogue.Accelerator accelerator) {
        if (asked == FineTuning.QLORA && !accelerator.gpu()) {
            throw StageException.badInput("QLoRA needs a CUDA GPU (4-bit weights with bitsandbytes); the local runtime"
                    + " trains on the CPU. Use --runtime kaggle (a free T4) or --runtime modal, or ask for LoRA.");
        }
        if (asked != null) {
            return List.of(asked);
        }
        if (type != TaskType.LLM_FINETUNING) {
            return List.of(FineTuning.FULL);
        }
        return accelerator.gpu() ? List.of(FineTuning.LORA, FineTuning.QLORA) : List.of(FineTuning.LORA);
    }

    /**
     * The user's precision when this accelerator can run it, else the best it supports for this model (bf16 where the
     * card has it; on a card without, fp16, or fp32 for T5 and Qwen, whose fp16 losses turn to NaN); null to skip it.
     */
    static Precision precision(Precision asked, Catalogue.Accelerator accelerator, boolean chosen, String backbone) {
        if (asked == null) {
            return !accelerator.gpu() ? Precision.FP32 : Precision.onGpu(accelerator.bf16(), backbone);
        }
        String problem = null;
        if (!accelerator.gpu() && asked != Precision.FP32) {
            problem = "CPU training runs in fp32, not " + asked.name().toLowerCase(Locale.ROOT)
                    + ". Drop the precision, or use --runtime kaggle or modal for 16-bit training.";
        } else if (asked == Precision.BF16 && !accelerator.bf16()) {
            problem = "A " + accelerator.name() + " has no bf16 support. Use fp16 on it, or an L4, A10G, A100 or"
                    + " H100 (--runtime modal) for bf16.";
        }
        if (problem == null) {
            return asked;
        }
        if (chosen || !accelerator.gpu()) {
            throw StageException.badInput(problem);
        }
        return null;
    }

    static Optional<Fit> fit(
            double paramsM,
            Workload work,
            int target,
            FineTuning method,
            Precision precision,
            Catalogue.Accelerator accelerator,
            TaskType type) {
        double budget = accelerator.memoryGb() * MEMORY_HEADROOM;
        boolean[] checkpointing = type == TaskType.LLM_FINETUNING ? new boolean[] {true} : new boolean[] {false, true};
        for (boolean ckpt : checkpointing) {
            for (int b = Integer.highestOneBit(Math.min(target, 64)); b >= 1; b /= 2) {
                double memory = Sizing.memoryGb(paramsM, work.tokensPerExample(), b, method, precision, ckpt);
                if (memory <= budget) {
                    return Optional.of(new Fit(b, (int) Math.ceil((double) target / b), ckpt, memory));
                }
            }
        }
        return Optional.empty();
    }

    private String refusal(TaskType type, ParsedIntent intent, Workload work, Hardware hardware, Candidate model) {
        Catalogue.Accelerator largest = hardware.options().stream()
                .max(Comparator.comparingDouble(Catalogue.Accelerator::memoryGb))
                .orElseThrow();
        FineTuning method = methods(type, intent.fineTuning(), largest).get(0);
        Precision precision = precision(intent.precision(), largest, true, model.id());
        double need = Sizing.memoryGb(model.paramsM(), work.tokensPerExample(), 1, method, precision, true);
        String reason = String.format(
                Locale.ROOT,
                "%s of %s (%s parameters) needs about %,.0f GB of %s memory even one example at a time; %s has %.0f"
                        + " GB.",
                words(method),
                model.id(),
                millions(model.paramsM()),
                need,
                largest.gpu() ? "GPU" : "working",
                largest.gpu() ? "a " + largest.name() : "the local runtime allows",
                largest.memoryGb());
        return reason + " " + alternative(type, work, model, largest);
    }

    private String alternative(TaskType type, Workload work, Candidate model, Catalogue.Accelerator here) {
        List<String> ideas = new ArrayList<>();
        if (type == TaskType.LLM_FINETUNING && here.gpu()) {
            fit(model.paramsM(), work, 1, FineTuning.QLORA, Precision.FP16, here, type)
                    .ifPresent(f -> ideas.add("QLoRA of the same model fits the " + here.name()));
        }
        Catalogue.Accelerator h100 = catalogue.accelerator("H100");
        if (ideas.isEmpty()) {
            for (FineTuning method : type == TaskType.LLM_FINETUNING
                    ? List.of(FineTuning.LORA, FineTuning.QLORA)
                    : List.of(FineTuning.FULL)) {
                var fit = fit(model.paramsM(), work, 1, method, Precision.BF16, h100, type);
                if (fit.isPresent()) {
                    ideas.add(String.format(
                            Locale.ROOT,
                            "%s of the same model needs about %.0f GB: an H100 on --runtime modal",
                            words(method),
                            fit.get().memoryGb()));
                    break;
                }
            }
        }
        for (Catalogue.Entry entry : catalogue.backbones(type, work.language())) {
            FineTuning method = type == TaskType.LLM_FINETUNING
                    ? (here.gpu() ? FineTuning.QLORA : FineTuning.LORA)
                    : FineTuning.FULL;
            Precision precision = here.gpu() ? Precision.FP16 : Precision.FP32;
            if (entry.paramsM() < model.paramsM()
                    && fit(entry.paramsM(), work, 1, method, precision, here, type)
                            .isPresent()) {
                ideas.add(entry.id() + " with " + words(method).toLowerCase(Locale.ROOT) + " fits "
                        + (here.gpu() ? "the " + here.name() : "the CPU"));
                break;
            }
        }
        return ideas.isEmpty() ? "Use a smaller model." : "Instead: " + String.join("; or ", ideas) + ".";
    }

    private static String words(FineTuning method) {
        return switch (method) {
            case FULL -> "A full fine-tune";
            case LORA -> "LoRA";
            case QLORA -> "QLoRA";
        };
    }

    static String millions(double paramsM) {
        return paramsM >= 1000
                ? String.format(Locale.ROOT, "%.1fB", paramsM / 1000)
                : String.format(Locale.ROOT, "%.0fM", paramsM);
    }

    private double cost(NeuralChoice choice) {
        return choice.seconds() * choice.accelerator().usdPerHour();
    }

    record Candidate(String id, double paramsM, String library, String catalogueVersion) {}

    record Fit(int batch, int accumulation, boolean checkpointing, double memoryGb) {}
}
