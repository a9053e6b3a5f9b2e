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
 * A fourth held-out set: 78 requests (six per task type; English, Spanish, French, German, Portuguese and Chinese),
 * written and committed before the parser was tuned, and never used for tuning: the rules and examples were tuned on
 * {@link TuningIntentCorpus} only, and this set was scored once, at the end. A request the parser gets wrong stays as
 * it is; a fix it prompts must be checked on new requests, not these. Only the task type is scored here.
 */
final class UnseenIntentCorpus {
    private UnseenIntentCorpus() {}

    static final List<CorpusCase> CASES = List.of(
            // tabular classification
            CorpusCase.of(
                    TABULAR_CLASSIFICATION, "flag which loan applications are likely to default, data in loans.csv"),
            CorpusCase.of(
                    TABULAR_CLASSIFICATION,
                    "I have a spreadsheet of patients with blood test results; tell me if each one has diabetes"),
            CorpusCase.of(
                    TABULAR_CLASSIFICATION,
                    "guess the passenger class from the ticket fare, age and port of embarkation"),
            CorpusCase.of(
                    TABULAR_CLASSIFICATION,
                    "predecir si un empleado dejará la empresa a partir de empleados.csv, columna objetivo: renuncia"),
            CorpusCase.of(
                    TABULAR_CLASSIFICATION, "Vorhersagen, ob ein Kunde seinen Vertrag kündigt, Daten in kunden.csv"),
            CorpusCase.of(TABULAR_CLASSIFICATION, "根据表格中的特征预测客户是否会购买保险，数据在 customers.csv"),
            // tabular regression
            CorpusCase.of(
                    TABULAR_REGRESSION, "estimate the fuel consumption in mpg of a car from its weight and horsepower"),
            CorpusCase.of(
                    TABULAR_REGRESSION,
                    "what salary should we offer? predict it from years of experience and role, hr.csv"),
            CorpusCase.of(
                    TABULAR_REGRESSION,
                    "predict the number of days a patient stays in hospital from the admission record table"),
            CorpusCase.of(TABULAR_REGRESSION, "estimer le prix de vente des appartements à partir de ventes.csv"),
            CorpusCase.of(TABULAR_REGRESSION, "prever o valor do aluguel de imóveis a partir da planilha alugueis.csv"),
            CorpusCase.of(TABULAR_REGRESSION, "根据房屋面积和位置预测房价，数据文件 housing.csv"),
            // image classification
            CorpusCase.of(IMAGE_CLASSIFICATION, "sort my photos of birds by species, the folder is birds/"),
            CorpusCase.of(
                    IMAGE_CLASSIFICATION, "tell ripe bananas from unripe ones in pictures taken at the warehouse"),
            CorpusCase.of(IMAGE_CLASSIFICATION, "train a model that recognises which hand-drawn digit is in an image"),
            CorpusCase.of(IMAGE_CLASSIFICATION, "clasificar radiografías de tórax como normales o con neumonía"),
            CorpusCase.of(IMAGE_CLASSIFICATION, "Bilder von Hautläsionen in gutartig und bösartig einteilen"),
            CorpusCase.of(IMAGE_CLASSIFICATION, "识别图片里的花是哪一种"),
            // image regression
            CorpusCase.of(IMAGE_REGRESSION, "estimate a person's age from a photo of their face"),
            CorpusCase.of(IMAGE_REGRESSION, "predict how many calories a meal has from a picture of the plate"),
            CorpusCase.of(IMAGE_REGRESSION, "from satellite images, estimate the crop yield in tonnes per hectare"),
            CorpusCase.of(IMAGE_REGRESSION, "estimar el precio de una casa a partir de la foto de su fachada"),
            CorpusCase.of(IMAGE_REGRESSION, "estimer la note de qualité (de 1 à 10) d'une photo de produit"),
            CorpusCase.of(IMAGE_REGRESSION, "根据照片估计水果的重量（克）"),
            // object detection
            CorpusCase.of(
                    OBJECT_DETECTION, "locate every helmet on a construction site photo and draw a box around it"),
            CorpusCase.of(OBJECT_DETECTION, "find where the license plates are in traffic camera images"),
            CorpusCase.of(
                    OBJECT_DETECTION, "detect and count the cars in drone footage frames, COCO annotations in data/"),
            CorpusCase.of(OBJECT_DETECTION, "détecter les défauts sur les images de soudure avec leur position"),
            CorpusCase.of(OBJECT_DETECTION, "Fußgänger in Kamerabildern erkennen und mit Rahmen markieren"),
            CorpusCase.of(OBJECT_DETECTION, "在监控图像中检测行人并标出位置框"),
            // text classification
            CorpusCase.of(TEXT_CLASSIFICATION, "label customer reviews as positive, negative or neutral"),
            CorpusCase.of(
                    TEXT_CLASSIFICATION, "route incoming support tickets to the right team based on what they say"),
            CorpusCase.of(TEXT_CLASSIFICATION, "detect toxic comments in our forum posts, comments.csv"),
            CorpusCase.of(TEXT_CLASSIFICATION, "classer les tweets selon le sujet: sport, politique, économie"),
            CorpusCase.of(TEXT_CLASSIFICATION, "classificar avaliações de produtos como positivas ou negativas"),
            CorpusCase.of(TEXT_CLASSIFICATION, "判断一条短信是不是垃圾短信"),
            // token classification
            CorpusCase.of(TOKEN_CLASSIFICATION, "tag the drug names and dosages mentioned in clinical notes"),
            CorpusCase.of(
                    TOKEN_CLASSIFICATION,
                    "pull out person names, companies and places from news articles word by word"),
            CorpusCase.of(TOKEN_CLASSIFICATION, "part-of-speech tagging for Portuguese sentences"),
            CorpusCase.of(TOKEN_CLASSIFICATION, "extraer las entidades nombradas de documentos legales"),
            CorpusCase.of(
                    TOKEN_CLASSIFICATION, "Eigennamen in Zeitungstexten markieren (Personen, Orte, Organisationen)"),
            CorpusCase.of(TOKEN_CLASSIFICATION, "从病历文本中识别疾病和药物实体"),
            // summarization
            CorpusCase.of(SUMMARIZATION, "turn long meeting transcripts into a few bullet points"),
            CorpusCase.of(SUMMARIZATION, "write a short abstract for each research paper in papers.jsonl"),
            CorpusCase.of(SUMMARIZATION, "condense customer complaint emails into one sentence each"),
            CorpusCase.of(SUMMARIZATION, "resumir noticias largas en dos o tres frases"),
            CorpusCase.of(SUMMARIZATION, "Lange Berichte automatisch zusammenfassen"),
            CorpusCase.of(SUMMARIZATION, "把长篇新闻文章生成简短摘要"),
            // translation
            CorpusCase.of(TRANSLATION, "a model that turns English product descriptions into Japanese"),
            CorpusCase.of(TRANSLATION, "convert our French support articles to English, parallel pairs in pairs.csv"),
            CorpusCase.of(TRANSLATION, "train an English to German machine translation model on en,de sentence pairs"),
            CorpusCase.of(TRANSLATION, "traducir frases del español al portugués"),
            CorpusCase.of(TRANSLATION, "traduzir textos de português para inglês"),
            CorpusCase.of(TRANSLATION, "把中文句子翻译成英文"),
            // text generation
            CorpusCase.of(TEXT_GENERATION, "write new song lyrics in the style of the ones in lyrics.txt"),
            CorpusCase.of(TEXT_GENERATION, "generate product descriptions like the examples in my one-column csv"),
            CorpusCase.of(
                    TEXT_GENERATION, "train a small language model on Shakespeare's plays so it writes more of them"),
            CorpusCase.of(TEXT_GENERATION, "générer des poèmes à partir de mon corpus de textes"),
            CorpusCase.of(TEXT_GENERATION, "Texte im Stil meiner Blogartikel erzeugen"),
            CorpusCase.of(TEXT_GENERATION, "用我的小说语料训练一个能续写故事的模型"),
            // LLM fine-tuning
            CorpusCase.of(LLM_FINETUNING, "fine-tune Mistral 7B to answer questions about our internal docs"),
            CorpusCase.of(
                    LLM_FINETUNING, "make Qwen follow our customer service instructions, data is instructions.jsonl"),
            CorpusCase.of(LLM_FINETUNING, "train a chat assistant with LoRA on prompt/response pairs"),
            CorpusCase.of(LLM_FINETUNING, "ajustar Llama 3 con instrucciones en español usando QLoRA"),
            CorpusCase.of(LLM_FINETUNING, "affiner un grand modèle de langage pour suivre nos consignes"),
            CorpusCase.of(LLM_FINETUNING, "用指令数据微调一个大语言模型"),
            // time-series forecasting
            CorpusCase.of(TIME_SERIES_FORECASTING, "forecast next month's electricity demand from hourly load history"),
            CorpusCase.of(
                    TIME_SERIES_FORECASTING, "how many visitors will the website get each day over the next two weeks"),
            CorpusCase.of(TIME_SERIES_FORECASTING, "project weekly sales for the next quarter from sales_by_week.csv"),
            CorpusCase.of(
                    TIME_SERIES_FORECASTING, "pronosticar la demanda diaria de pedidos para los próximos 30 días"),
            CorpusCase.of(TIME_SERIES_FORECASTING, "prévoir le nombre de passagers mensuels pour l'année prochaine"),
            CorpusCase.of(TIME_SERIES_FORECASTING, "预测未来七天每天的销售额"),
            // clustering
            CorpusCase.of(CLUSTERING, "split our shoppers into segments by how they buy, customers.csv"),
            CorpusCase.of(CLUSTERING, "find natural groupings of the wines without using the cultivar column"),
            CorpusCase.of(CLUSTERING, "which of our stores behave alike? group them, no labels"),
            CorpusCase.of(CLUSTERING, "agrupar clientes con comportamientos similares"),
            CorpusCase.of(CLUSTERING, "Kunden in Gruppen mit ähnlichem Kaufverhalten einteilen, ohne Zielspalte"),
            CorpusCase.of(CLUSTERING, "segmentar os usuários do aplicativo em grupos parecidos"));
}
