package io.mltrainer.core.agents.codegen;

import static io.mltrainer.core.agents.codegen.PythonPackage.ACCELERATE;
import static io.mltrainer.core.agents.codegen.PythonPackage.DATASETS;
import static io.mltrainer.core.agents.codegen.PythonPackage.JOBLIB;
import static io.mltrainer.core.agents.codegen.PythonPackage.NUMPY;
import static io.mltrainer.core.agents.codegen.PythonPackage.PANDAS;
import static io.mltrainer.core.agents.codegen.PythonPackage.PEFT;
import static io.mltrainer.core.agents.codegen.PythonPackage.PILLOW;
import static io.mltrainer.core.agents.codegen.PythonPackage.PYCOCOTOOLS;
import static io.mltrainer.core.agents.codegen.PythonPackage.ROUGE_SCORE;
import static io.mltrainer.core.agents.codegen.PythonPackage.SACREBLEU;
import static io.mltrainer.core.agents.codegen.PythonPackage.SCIKIT_LEARN;
import static io.mltrainer.core.agents.codegen.PythonPackage.SENTENCEPIECE;
import static io.mltrainer.core.agents.codegen.PythonPackage.SEQEVAL;
import static io.mltrainer.core.agents.codegen.PythonPackage.TIMM;
import static io.mltrainer.core.agents.codegen.PythonPackage.TORCH;
import static io.mltrainer.core.agents.codegen.PythonPackage.TORCHMETRICS;
import static io.mltrainer.core.agents.codegen.PythonPackage.TRANSFORMERS;
import static io.mltrainer.core.agents.codegen.PythonPackage.TRL;

import io.mltrainer.core.domain.DataFormat;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The training script families: which template renders {@code train.py} and which packages it imports. A task type
 * has a classical (scikit-learn, CPU) and/or a neural (transformers, GPU) family; the plan's library picks one.
 */
public enum ScriptKind {
    SKLEARN_TABULAR("tabular", List.of(SCIKIT_LEARN, PANDAS, JOBLIB)),
    SKLEARN_TEXT("text_classification_sklearn", List.of(SCIKIT_LEARN, PANDAS, JOBLIB)),
    SKLEARN_IMAGES("images_sklearn", List.of(SCIKIT_LEARN, PANDAS, JOBLIB, NUMPY, PILLOW)),
    TORCH_CNN("images_cnn", List.of(TORCH, NUMPY, PILLOW)),
    SKLEARN_FORECASTING("forecasting", List.of(SCIKIT_LEARN, PANDAS, JOBLIB, NUMPY)),
    SKLEARN_CLUSTERING("clustering", List.of(SCIKIT_LEARN, PANDAS, JOBLIB)),
    HF_TEXT_CLASSIFICATION("text_classification", transformers(SCIKIT_LEARN)),
    HF_TOKEN_CLASSIFICATION("token_classification", transformers(SEQEVAL)),
    HF_SUMMARIZATION("summarization", transformers(ROUGE_SCORE, SENTENCEPIECE)),
    HF_TRANSLATION("translation", transformers(SACREBLEU, SENTENCEPIECE)),
    HF_TEXT_GENERATION("text_generation", transformers()),
    TRL_SFT("llm_finetuning", transformers(PEFT, TRL)),
    HF_IMAGES("images", transformers(PILLOW, SCIKIT_LEARN)),
    HF_OBJECT_DETECTION("object_detection", transformers(PILLOW, TIMM, TORCHMETRICS, PYCOCOTOOLS));

    private final String template;
    private final List<PythonPackage> packages;

    ScriptKind(String template, List<PythonPackage> packages) {
        this.template = template;
        this.packages = packages;
    }

    /** The template of {@code train.py}, relative to the template root. */
    public String template() {
        return "train/" + template + ".py";
    }

    /** What the script always imports; {@link Requirements} adds what the data source or settings need. */
    public List<PythonPackage> packages() {
        return packages;
    }

    /** The data layouts the template reads. */
    public Set<DataFormat> formats() {
        return switch (this) {
            case SKLEARN_IMAGES, TORCH_CNN, HF_IMAGES ->
                EnumSet.of(DataFormat.IMAGE_FOLDER, DataFormat.IMAGE_METADATA, DataFormat.HUB);
            case HF_OBJECT_DETECTION -> EnumSet.of(DataFormat.COCO, DataFormat.HUB);
            default ->
                EnumSet.of(
                        DataFormat.CSV,
                        DataFormat.TSV,
                        DataFormat.JSON,
                        DataFormat.JSONL,
                        DataFormat.PARQUET,
                        DataFormat.HUB);
        };
    }

    public boolean classical() {
        return name().startsWith("SKLEARN_");
    }

    /** The family for a spec: the task decides, and for text and images the planned library too. */
    public static ScriptKind of(TrainingSpec spec) {
        ScriptKind kind = family(spec);
        if (!kind.formats().contains(spec.data().format())) {
            throw new IllegalArgumentException(spec.task().id() + " training reads "
                    + kind.formats().stream().map(DataFormat::id).sorted().toList() + " data, not "
                    + spec.data().format().id());
        }
        return kind;
    }

    private static ScriptKind family(TrainingSpec spec) {
        boolean classical = spec.model().classical();
        return switch (spec.task()) {
            case TABULAR_CLASSIFICATION, TABULAR_REGRESSION -> SKLEARN_TABULAR;
            case TIME_SERIES_FORECASTING -> SKLEARN_FORECASTING;
            case CLUSTERING -> SKLEARN_CLUSTERING;
            case TEXT_CLASSIFICATION -> classical ? SKLEARN_TEXT : neural(spec, HF_TEXT_CLASSIFICATION);
            case IMAGE_CLASSIFICATION ->
                classical ? SKLEARN_IMAGES : smallCnn(spec) ? TORCH_CNN : neural(spec, HF_IMAGES);
            case IMAGE_REGRESSION -> classical ? SKLEARN_IMAGES : neural(spec, HF_IMAGES);
            case TOKEN_CLASSIFICATION -> neural(spec, HF_TOKEN_CLASSIFICATION);
            case SUMMARIZATION -> neural(spec, HF_SUMMARIZATION);
            case TRANSLATION -> neural(spec, HF_TRANSLATION);
            case TEXT_GENERATION -> neural(spec, HF_TEXT_GENERATION);
            case LLM_FINETUNING -> neural(spec, TRL_SFT);
            case OBJECT_DETECTION -> neural(spec, HF_OBJECT_DETECTION);
        };
    }

    /** A network trained from scratch (no backbone) with PyTorch. */
    private static boolean smallCnn(TrainingSpec spec) {
        return spec.model().library().equals("torch") && spec.model().backbone() == null;
    }

    private static ScriptKind neural(TrainingSpec spec, ScriptKind kind) {
        if (spec.model().backbone() == null) {
            throw new IllegalArgumentException(spec.task().id() + " fine-tunes a pretrained model: the plan names no"
                    + " backbone (library " + spec.model().library() + ")");
        }
        return kind;
    }

    private static List<PythonPackage> transformers(PythonPackage... extra) {
        List<PythonPackage> base = List.of(TORCH, TRANSFORMERS, ACCELERATE, DATASETS, NUMPY);
        return Stream.concat(base.stream(), Arrays.stream(extra)).toList();
    }
}
