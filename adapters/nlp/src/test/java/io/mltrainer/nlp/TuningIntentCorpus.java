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
 * per task type in a first round and four more in a second, in English, Spanish, French, German, Portuguese and
 * Chinese, with the cases the issue reported.
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
            CorpusCase.of(CLUSTERING, "将用户分成不同的群体"),
            // second round, written after the first round of tuning
            CorpusCase.of(
                    TABULAR_CLASSIFICATION, "will this customer respond to the marketing campaign? use campaign.csv"),
            CorpusCase.of(
                    TABULAR_CLASSIFICATION, "clasificar la calidad del vino (buena o mala) a partir de vinos.csv"),
            CorpusCase.of(
                    TABULAR_CLASSIFICATION,
                    "Kreditwürdigkeit eines Kunden als gut oder schlecht einstufen, Daten in kredit.csv"),
            CorpusCase.of(TABULAR_CLASSIFICATION, "预测乘客是否幸存"),
            CorpusCase.of(TABULAR_REGRESSION, "predict the final exam score from study hours"),
            CorpusCase.of(TABULAR_REGRESSION, "estimer la consommation d'énergie d'un bâtiment"),
            CorpusCase.of(TABULAR_REGRESSION, "estimar el precio de un coche usado según sus características"),
            CorpusCase.of(TABULAR_REGRESSION, "prever o preço de casas a partir de casas.csv"),
            CorpusCase.of(IMAGE_CLASSIFICATION, "is there a crack in this concrete photo?"),
            CorpusCase.of(IMAGE_CLASSIFICATION, "classer des photos de plats par type de cuisine"),
            CorpusCase.of(IMAGE_CLASSIFICATION, "Fotos von Pflanzen nach Art erkennen"),
            CorpusCase.of(IMAGE_CLASSIFICATION, "识别照片中的动物种类"),
            CorpusCase.of(IMAGE_REGRESSION, "guess the age of a car from a photo"),
            CorpusCase.of(IMAGE_REGRESSION, "estimar la edad de una persona por su foto"),
            CorpusCase.of(IMAGE_REGRESSION, "estimer le poids d'un poisson sur une photo"),
            CorpusCase.of(IMAGE_REGRESSION, "根据图片估计房屋价格"),
            CorpusCase.of(OBJECT_DETECTION, "draw boxes around the people in each frame"),
            CorpusCase.of(OBJECT_DETECTION, "encontrar y marcar las señales de tráfico en las fotos"),
            CorpusCase.of(OBJECT_DETECTION, "Autos in Luftbildern lokalisieren"),
            CorpusCase.of(OBJECT_DETECTION, "检测图片中的人脸并画框"),
            CorpusCase.of(TEXT_CLASSIFICATION, "tag each support email with its department"),
            CorpusCase.of(TEXT_CLASSIFICATION, "détecter les commentaires haineux"),
            CorpusCase.of(TEXT_CLASSIFICATION, "Spam-Nachrichten erkennen"),
            CorpusCase.of(TEXT_CLASSIFICATION, "判断评论的情感是正面还是负面"),
            CorpusCase.of(TOKEN_CLASSIFICATION, "find the product names mentioned in each review"),
            CorpusCase.of(TOKEN_CLASSIFICATION, "etiquetar cada palabra con su categoría gramatical"),
            CorpusCase.of(
                    TOKEN_CLASSIFICATION, "extraire les dates et les lieux mentionnés dans les textes, mot par mot"),
            CorpusCase.of(TOKEN_CLASSIFICATION, "标注句子中每个词的词性"),
            CorpusCase.of(SUMMARIZATION, "make short summaries of legal contracts"),
            CorpusCase.of(SUMMARIZATION, "resumir correos electrónicos largos"),
            CorpusCase.of(SUMMARIZATION, "Artikel kurz zusammenfassen"),
            CorpusCase.of(SUMMARIZATION, "把论文压缩成一段摘要"),
            CorpusCase.of(TRANSLATION, "turn Spanish subtitles into English"),
            CorpusCase.of(TRANSLATION, "traduzir legendas do inglês para o espanhol"),
            CorpusCase.of(TRANSLATION, "Sätze vom Deutschen ins Französische übersetzen"),
            CorpusCase.of(TRANSLATION, "中英文互译模型"),
            CorpusCase.of(TEXT_GENERATION, "a model that continues stories from a first sentence"),
            CorpusCase.of(TEXT_GENERATION, "écrire des slogans publicitaires comme ceux de mon fichier"),
            CorpusCase.of(TEXT_GENERATION, "escribir cuentos cortos al estilo de mi colección"),
            CorpusCase.of(TEXT_GENERATION, "根据我的歌词生成新的歌词"),
            CorpusCase.of(LLM_FINETUNING, "fine-tune Gemma on our FAQ to answer customers"),
            CorpusCase.of(LLM_FINETUNING, "adaptar un modelo de lenguaje grande con nuestras instrucciones"),
            CorpusCase.of(LLM_FINETUNING, "einen Chatbot mit LoRA auf unseren Support-Dialogen trainieren"),
            CorpusCase.of(LLM_FINETUNING, "用LoRA微调一个聊天机器人"),
            CorpusCase.of(TIME_SERIES_FORECASTING, "predict tomorrow's number of taxi rides per hour"),
            CorpusCase.of(TIME_SERIES_FORECASTING, "prever as vendas dos próximos meses"),
            CorpusCase.of(TIME_SERIES_FORECASTING, "Stromverbrauch der nächsten 24 Stunden vorhersagen"),
            CorpusCase.of(TIME_SERIES_FORECASTING, "预报明天的气温"),
            CorpusCase.of(CLUSTERING, "group news articles by topic without labels"),
            CorpusCase.of(CLUSTERING, "segmenter les clients selon leurs achats"),
            CorpusCase.of(CLUSTERING, "encontrar grupos de clientes parecidos"),
            CorpusCase.of(CLUSTERING, "把相似的商品聚成几类"));
}
