package io.mltrainer.nlp;

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

import java.util.List;

/**
 * Requests the parser's words and examples were tuned on in the round that {@link UnseenIntentCorpus} measures: four
 * per task type, in English, Spanish, French, German, Portuguese and Chinese, with the cases the issue reported.
 */
final class TuningIntentCorpus {
    private TuningIntentCorpus() {}

    static final List<CorpusCase> CASES = List.of(
            CorpusCase.of(
                    TABULAR_CLASSIFICATION, "predict the type of weather from the daily measurements in seattle.csv"),
            CorpusCase.of(TABULAR_CLASSIFICATION, "which customers will cancel their subscription? table churn.csv"),
            CorpusCase.of(TABULAR_CLASSIFICATION, "prever se o cliente vai pagar o empréstimo, dados em credito.csv"),
            CorpusCase.of(TABULAR_CLASSIFICATION, "预测员工是否会离职，数据在 hr.csv"),
            CorpusCase.of(TABULAR_REGRESSION, "predict SalePrice from houses.csv"),
            CorpusCase.of(TABULAR_REGRESSION, "estimate how long a delivery takes in minutes from the orders table"),
            CorpusCase.of(
                    TABULAR_REGRESSION,
                    "den Stromverbrauch eines Gebäudes aus seinen Merkmalen schätzen, gebaeude.csv"),
            CorpusCase.of(TABULAR_REGRESSION, "预测二手车的价格"),
            CorpusCase.of(IMAGE_CLASSIFICATION, "recognise the breed of a dog in a photo"),
            CorpusCase.of(IMAGE_CLASSIFICATION, "classer les images de feuilles selon la maladie de la plante"),
            CorpusCase.of(IMAGE_CLASSIFICATION, "classificar fotos de roupas por tipo"),
            CorpusCase.of(IMAGE_CLASSIFICATION, "判断图片中是猫还是狗"),
            CorpusCase.of(IMAGE_REGRESSION, "estimate the price of a used car from its photo"),
            CorpusCase.of(IMAGE_REGRESSION, "predict how old a tree is from a picture of its rings"),
            CorpusCase.of(IMAGE_REGRESSION, "das Gewicht eines Tieres aus einem Foto schätzen"),
            CorpusCase.of(IMAGE_REGRESSION, "从照片预测一个人的年龄"),
            CorpusCase.of(OBJECT_DETECTION, "find and box every ship in satellite images"),
            CorpusCase.of(OBJECT_DETECTION, "localizar os carros nas imagens com caixas delimitadoras"),
            CorpusCase.of(OBJECT_DETECTION, "detectar dónde hay personas en las fotos de la cámara"),
            CorpusCase.of(OBJECT_DETECTION, "检测图片中的车辆位置"),
            CorpusCase.of(TEXT_CLASSIFICATION, "is this email a phishing attempt? learn from emails.csv"),
            CorpusCase.of(TEXT_CLASSIFICATION, "clasificar reseñas de hoteles por sentimiento"),
            CorpusCase.of(TEXT_CLASSIFICATION, "Nachrichten nach Themen einordnen"),
            CorpusCase.of(TEXT_CLASSIFICATION, "给新闻标题分类"),
            CorpusCase.of(TOKEN_CLASSIFICATION, "highlight the addresses and phone numbers in each message"),
            CorpusCase.of(TOKEN_CLASSIFICATION, "reconnaître les noms de personnes et de lieux dans des textes"),
            CorpusCase.of(TOKEN_CLASSIFICATION, "marcar as entidades em frases em português"),
            CorpusCase.of(TOKEN_CLASSIFICATION, "命名实体识别，识别人名和地名"),
            CorpusCase.of(SUMMARIZATION, "give me a tl;dr of each support conversation"),
            CorpusCase.of(SUMMARIZATION, "résumer des articles de presse"),
            CorpusCase.of(SUMMARIZATION, "resumir artigos científicos em poucas linhas"),
            CorpusCase.of(SUMMARIZATION, "为会议记录生成摘要"),
            CorpusCase.of(TRANSLATION, "translate German customer emails into English"),
            CorpusCase.of(TRANSLATION, "learn to translate from the en,de columns of pairs.csv"),
            CorpusCase.of(TRANSLATION, "traduire des phrases de l'anglais vers le français"),
            CorpusCase.of(TRANSLATION, "英文翻译成中文的模型"),
            CorpusCase.of(TEXT_GENERATION, "generate new recipes like the ones in recipes.txt"),
            CorpusCase.of(TEXT_GENERATION, "a model that writes jokes similar to my collection"),
            CorpusCase.of(TEXT_GENERATION, "gerar textos no estilo das minhas crônicas"),
            CorpusCase.of(TEXT_GENERATION, "生成类似的诗歌"),
            CorpusCase.of(LLM_FINETUNING, "fine-tune Llama to follow instructions in alpaca format"),
            CorpusCase.of(LLM_FINETUNING, "teach a chatbot our support answers with LoRA"),
            CorpusCase.of(LLM_FINETUNING, "ein großes Sprachmodell mit unseren Anweisungen feinabstimmen"),
            CorpusCase.of(LLM_FINETUNING, "微调 Qwen 让它回答客户问题"),
            CorpusCase.of(TIME_SERIES_FORECASTING, "forecast daily temperature for the next week"),
            CorpusCase.of(TIME_SERIES_FORECASTING, "how much stock will we need each month next year"),
            CorpusCase.of(TIME_SERIES_FORECASTING, "Umsatz der nächsten Wochen vorhersagen"),
            CorpusCase.of(TIME_SERIES_FORECASTING, "预测下个月每天的用电量"),
            CorpusCase.of(CLUSTERING, "find natural groupings of the penguins without using the labels"),
            CorpusCase.of(CLUSTERING, "group similar documents together"),
            CorpusCase.of(CLUSTERING, "regrouper les clients en segments"),
            CorpusCase.of(CLUSTERING, "将用户分成不同的群体"));
}
