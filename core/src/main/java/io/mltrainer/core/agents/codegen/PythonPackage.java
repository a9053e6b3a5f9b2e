package io.mltrainer.core.agents.codegen;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The third-party Python packages generated code may need: the line in {@code requirements.txt} and the module the
 * script imports, which runtimes probe to say exactly what is missing. The fine-tuning stack has a ceiling as well as a
 * floor: the next major version (or 0.x minor) after the ones the templates were checked against, since those break
 * their APIs (transformers 5 changed {@code apply_chat_template} and warmup; TRL renames settings between minors).
 */
public enum PythonPackage {
    SCIKIT_LEARN("scikit-learn", ">=1.2,<2", "sklearn"),
    PANDAS("pandas", ">=1.5", "pandas"),
    JOBLIB("joblib", ">=1.2", "joblib"),
    NUMPY("numpy", ">=1.23,<3", "numpy"),
    PILLOW("pillow", ">=9.0,<13", "PIL"),
    PYARROW("pyarrow", ">=12", "pyarrow"),
    DATASETS("datasets", ">=2.19,<6", "datasets"),
    KAGGLE("kaggle", ">=1.6", "kaggle"),
    TORCH("torch", ">=2.1,<3", "torch"),
    TRANSFORMERS("transformers", ">=4.56,<6", "transformers"),
    ACCELERATE("accelerate", ">=1.1,<2", "accelerate"),
    SEQEVAL("seqeval", ">=1.2,<2", "seqeval"),
    ROUGE_SCORE("rouge-score", ">=0.1.2,<0.2", "rouge_score"),
    SACREBLEU("sacrebleu", ">=2.3,<3", "sacrebleu"),
    SENTENCEPIECE("sentencepiece", ">=0.1.99,<0.3", "sentencepiece"),
    PEFT("peft", ">=0.13,<2", "peft"),
    TRL("trl", ">=0.28,<2", "trl"),
    BITSANDBYTES("bitsandbytes", ">=0.43,<2", "bitsandbytes"),
    TORCHMETRICS("torchmetrics", ">=1.4,<2", "torchmetrics"),
    PYCOCOTOOLS("pycocotools", ">=2.0,<3", "pycocotools"),
    TIMM("timm", ">=0.9,<2", "timm"),
    HUGGINGFACE_HUB("huggingface_hub", ">=0.24,<2", "huggingface_hub"),
    GRADIO("gradio", ">=5.0,<7", "gradio");

    private final String name;
    private final String version;
    private final String module;

    PythonPackage(String name, String version, String module) {
        this.name = name;
        this.version = version;
        this.module = module;
    }

    /** The distribution name pip installs. */
    public String pipName() {
        return name;
    }

    /** The line in a requirements file. */
    public String requirement() {
        return name + version;
    }

    /** The top-level module a script imports. */
    public String module() {
        return module;
    }

    /** The package a requirements line names ({@code "scikit-learn>=1.2"}, {@code "Pillow"}), if it is one of ours. */
    public static Optional<PythonPackage> fromRequirement(String line) {
        String name = line.strip().split("[<>=!~;\\[\\s#]", 2)[0];
        String normalized = normalize(name);
        return Arrays.stream(values())
                .filter(p -> normalize(p.name).equals(normalized))
                .findFirst();
    }

    private static String normalize(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-').replace('.', '-');
    }
}
