package io.mltrainer.bot;

import io.mltrainer.core.domain.RuntimeKind;
import io.mltrainer.core.domain.RuntimeSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The request and the options that say what to build from what, shared by {@code run} and {@code plan}. */
final class BuildOptions {
    @Parameters(index = "0", paramLabel = "REQUEST", description = "What to build, in plain words.")
    String request;

    @Option(
            names = "--dataset",
            paramLabel = "DATA",
            description = "A file (CSV, TSV, JSON, JSONL, Parquet), a folder (image classes, COCO, metadata.csv), a"
                    + " zip of one, a URL, a Hugging Face dataset id or a Kaggle owner/slug.")
    String dataset;

    @Option(names = "--target", paramLabel = "COLUMN", description = "The column to predict.")
    String target;

    @Option(
            names = "--runtime",
            paramLabel = "RUNTIME",
            description = "Where it trains: local (this machine, the default), kaggle or modal.",
            converter = RuntimeConverter.class)
    RuntimeKind runtime;

    @Option(names = "--accelerator", paramLabel = "GPU", description = "T4, L4, A10G, A100 or H100 (modal).")
    String accelerator;

    boolean missingRequest() {
        return request == null || request.isBlank();
    }

    /** The runtime asked for on the command line, or null (the intake's, else local); a GPU alone means Modal. */
    RuntimeSpec runtimeSpec() {
        if (runtime == null && accelerator == null) {
            return null;
        }
        return new RuntimeSpec(runtime == null ? RuntimeKind.MODAL : runtime, accelerator);
    }
}
