package io.mltrainer.nlp;

import static io.mltrainer.core.domain.DatasetSourceKind.HUGGINGFACE;
import static io.mltrainer.core.domain.DatasetSourceKind.KAGGLE;
import static io.mltrainer.core.domain.DatasetSourceKind.LOCAL;
import static io.mltrainer.core.domain.DatasetSourceKind.URL;
import static io.mltrainer.core.domain.RuntimeKind.MODAL;
import static io.mltrainer.core.domain.TaskType.CLUSTERING;
import static io.mltrainer.core.domain.TaskType.IMAGE_CLASSIFICATION;
import static io.mltrainer.core.domain.TaskType.IMAGE_REGRESSION;
import static io.mltrainer.core.domain.TaskType.LLM_FINETUNING;
import static io.mltrainer.core.domain.TaskType.OBJECT_DETECTION;
import static io.mltrainer.core.domain.TaskType.SUMMARIZATION;
import static io.mltrainer.core.domain.TaskType.TABULAR_CLASSIFICATION;
import static io.mltrainer.core.domain.TaskType.TABULAR_REGRESSION;
import static io.mltrainer.core.domain.TaskType.TEXT_CLASSIFICATION;
import static io.mltrainer.core.domain.TaskType.TEXT_GENERATION;
import static io.mltrainer.core.domain.TaskType.TIME_SERIES_FORECASTING;
import static io.mltrainer.core.domain.TaskType.TOKEN_CLASSIFICATION;
import static io.mltrainer.core.domain.TaskType.TRANSLATION;

import io.mltrainer.core.domain.RuntimeKind;
import java.util.List;

/**
 * A third held-out set: 40 requests written, with what they state, before the parser was run on any of them, and
 * never used to tune its rules or examples. Keep it that way: a request the parser gets wrong stays here as it is,
 * and a fix it prompts must be checked on new requests, not these (README.md has the score at first sight).
 */
final class HeldOutIntentCorpus {
    private HeldOutIntentCorpus() {}

    static final List<CorpusCase> CASES = List.of(
            CorpusCase.of(
                            TABULAR_CLASSIFICATION,
                            "work out which website visitors will end up buying something, the sessions are in"
                                    + " logs/sessions.csv")
                    .data(LOCAL, "logs/sessions.csv"),
            CorpusCase.of(
                            TABULAR_CLASSIFICATION,
                            "predict whether a machine will fail this week from the sensor readings in machines.csv;"
                                    + " the column to predict is failure")
                    .data(LOCAL, "machines.csv")
                    .target("failure"),
            CorpusCase.of(
                            TABULAR_CLASSIFICATION,
                            "Prevedi se un cliente della banca accetterà l'offerta di deposito, file bank-marketing.csv")
                    .data(LOCAL, "bank-marketing.csv"),
            CorpusCase.of(
                            TABULAR_REGRESSION,
                            "how many bikes will be rented in an hour given weather and season? data:"
                                    + " https://data.example.org/bike_hourly.csv, target column is cnt")
                    .data(URL, "https://data.example.org/bike_hourly.csv")
                    .target("cnt"),
            CorpusCase.of(
                            TABULAR_REGRESSION,
                            "estimate the insurance charges for each person from age, bmi and smoking status, kaggle"
                                    + " dataset mirichoi0218/insurance")
                    .data(KAGGLE, "mirichoi0218/insurance"),
            CorpusCase.of(
                            TABULAR_REGRESSION,
                            "Quanto vale un immobile a Milano? Stima il prezzo dai dati in case_milano.csv")
                    .data(LOCAL, "case_milano.csv"),
            CorpusCase.of(
                            IMAGE_CLASSIFICATION,
                            "label x-ray scans as pneumonia or normal, the images are in ./chest_xray/ with one folder"
                                    + " per class")
                    .data(LOCAL, "./chest_xray/"),
            CorpusCase.of(
                            IMAGE_CLASSIFICATION,
                            "which of these satellite tiles show forest, farmland, water or city? use the dataset"
                                    + " blanchon/EuroSAT_RGB from hugging face, train on kaggle")
                    .data(HUGGINGFACE, "blanchon/EuroSAT_RGB")
                    .on(RuntimeKind.KAGGLE, null),
            CorpusCase.of(
                    IMAGE_CLASSIFICATION, "Classifique fotos de pele para dizer se a mancha é benigna ou maligna"),
            CorpusCase.of(
                    IMAGE_REGRESSION, "from a picture of a fish on a measuring board, predict its weight in grams"),
            CorpusCase.of(
                            IMAGE_REGRESSION,
                            "score how ripe a banana is from 0 to 1 by looking at an image of it, images in"
                                    + " data/bananas/")
                    .data(LOCAL, "data/bananas/"),
            CorpusCase.of(
                    IMAGE_REGRESSION, "Schätze anhand eines Satellitenbildes, wie viele Menschen in der Gegend wohnen"),
            CorpusCase.of(OBJECT_DETECTION, "mark the bounding box of every license plate in traffic camera frames"),
            CorpusCase.of(
                            OBJECT_DETECTION,
                            "count and locate the apples on each tree in orchard photos from the hugging face dataset"
                                    + " fruits/orchard-apples on modal with an L4")
                    .data(HUGGINGFACE, "fruits/orchard-apples")
                    .on(MODAL, "L4"),
            CorpusCase.of(
                    OBJECT_DETECTION,
                    "repérer les défauts sur les pièces dans les photos de la chaîne de production et les encadrer"),
            CorpusCase.of(
                    TEXT_CLASSIFICATION,
                    "route incoming emails to billing, sales or tech support based on what they say"),
            CorpusCase.of(
                            TEXT_CLASSIFICATION,
                            "figure out whether tweets about our airline are positive, neutral or negative; the data"
                                    + " is the hugging face dataset tweet_eval")
                    .data(HUGGINGFACE, "tweet_eval"),
            CorpusCase.of(TEXT_CLASSIFICATION, "erkenne, ob ein Kommentar beleidigend ist"),
            CorpusCase.of(TEXT_GENERATION, "generate product descriptions for an online shop from a few keywords"),
            CorpusCase.of(TEXT_GENERATION, "a bot that writes bedtime stories for kids"),
            CorpusCase.of(TEXT_GENERATION, "générer des slogans publicitaires originaux"),
            CorpusCase.of(
                    TOKEN_CLASSIFICATION,
                    "pull out the person names, dates and amounts from contracts, tagging each token"),
            CorpusCase.of(TOKEN_CLASSIFICATION, "highlight every drug name and dosage mentioned in clinical notes"),
            CorpusCase.of(TOKEN_CLASSIFICATION, "marcar las ubicaciones y organizaciones que aparecen en cada frase"),
            CorpusCase.of(SUMMARIZATION, "condense meeting transcripts into a few bullet points"),
            CorpusCase.of(SUMMARIZATION, "give me a tl;dr for long reddit posts"),
            CorpusCase.of(SUMMARIZATION, "riassumere gli articoli scientifici in un paragrafo"),
            CorpusCase.of(TRANSLATION, "render our website's Spanish pages in Portuguese"),
            CorpusCase.of(
                            TRANSLATION,
                            "a model that turns English legal text into French, trained on the opus_books dataset")
                    .data(HUGGINGFACE, "opus_books"),
            CorpusCase.of(TRANSLATION, "übersetze Kundenanfragen aus dem Polnischen ins Deutsche"),
            CorpusCase.of(
                            LLM_FINETUNING,
                            "adapt Mistral 7B to answer our internal IT helpdesk questions, use QLoRA on modal with"
                                    + " an A100")
                    .on(MODAL, "A100"),
            CorpusCase.of(
                            LLM_FINETUNING,
                            "teach a small chat model like Qwen to follow our company style guide, the instructions"
                                    + " are in data/style.jsonl")
                    .data(LOCAL, "data/style.jsonl"),
            CorpusCase.of(LLM_FINETUNING, "affiner un LLM open source sur nos conversations de service client"),
            CorpusCase.of(
                    TIME_SERIES_FORECASTING,
                    "how many visitors will the museum get each day next month, based on the past three years of"
                            + " ticket sales"),
            CorpusCase.of(
                            TIME_SERIES_FORECASTING,
                            "project weekly sales per store for the next quarter from sales_history.csv")
                    .data(LOCAL, "sales_history.csv"),
            CorpusCase.of(TIME_SERIES_FORECASTING, "prevedere la domanda di gas per le prossime settimane"),
            CorpusCase.of(
                            CLUSTERING,
                            "segment our shoppers into groups that behave alike, no labels, from customers.parquet")
                    .data(LOCAL, "customers.parquet"),
            CorpusCase.of(
                    CLUSTERING,
                    "discover which of our products tend to be similar based on their attributes, without predefined"
                            + " categories"),
            CorpusCase.of(CLUSTERING, "agrupar los documentos legales por temas parecidos"),
            CorpusCase.of(CLUSTERING, "group cities by their climate profiles"));
}
