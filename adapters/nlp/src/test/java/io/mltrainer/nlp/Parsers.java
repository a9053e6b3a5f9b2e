package io.mltrainer.nlp;

/** The parser on the real model, one per test JVM: loading all-MiniLM-L6-v2 and embedding the examples is the slow part. */
final class Parsers {
    private Parsers() {}

    static OfflineIntentParser offline() {
        return Holder.PARSER;
    }

    private static final class Holder {
        static final OfflineIntentParser PARSER = OfflineIntentParser.withBundledModel();
    }
}
