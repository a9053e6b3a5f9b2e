package io.mltrainer.nlp;

import io.mltrainer.core.domain.DatasetSourceKind;
import io.mltrainer.core.domain.RuntimeKind;
import io.mltrainer.core.domain.RuntimeSpec;
import io.mltrainer.core.domain.TaskType;

/**
 * One request of the corpus and what it says. A slot left null means the request gives none, and the parser must
 * find none: a wrongly guessed dataset is as bad as a missed one.
 */
record CorpusCase(
        String request,
        TaskType type,
        DatasetLocation dataset,
        String target,
        String label,
        String text,
        RuntimeSpec runtime) {

    static CorpusCase of(TaskType type, String request) {
        return new CorpusCase(request, type, null, null, null, null, null);
    }

    CorpusCase data(DatasetSourceKind source, String location) {
        return new CorpusCase(request, type, new DatasetLocation(source, location), target, label, text, runtime);
    }

    CorpusCase target(String column) {
        return new CorpusCase(request, type, dataset, column, label, text, runtime);
    }

    CorpusCase label(String column) {
        return new CorpusCase(request, type, dataset, target, column, text, runtime);
    }

    CorpusCase text(String column) {
        return new CorpusCase(request, type, dataset, target, label, column, runtime);
    }

    CorpusCase on(RuntimeKind kind, String accelerator) {
        return new CorpusCase(request, type, dataset, target, label, text, new RuntimeSpec(kind, accelerator));
    }

    @Override
    public String toString() {
        return type.id() + ": " + request;
    }
}
