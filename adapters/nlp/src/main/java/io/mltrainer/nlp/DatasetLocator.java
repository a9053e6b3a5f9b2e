package io.mltrainer.nlp;

import io.mltrainer.core.domain.DatasetSourceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dataset in a request. Each kind of reference has its own step, run in an order that settles the
 * ambiguous shapes on purpose: URLs first (they contain slashes), then Kaggle references (an {@code owner/slug}
 * said with "Kaggle"), then Hub ids said with "Hugging Face"/"dataset"; {@link #paths} and {@link #bareIds} run
 * last, after the deployment and base-model rules have taken their ids. A bare {@code a/b} is a path when it looks
 * like one (a file extension, a leading {@code ./ ../ ~/ /}, a trailing slash, three or more parts, or a usual
 * folder name first: {@code examples/iris.csv}, {@code data/images}) and a Hub id otherwise.
 */
final class DatasetLocator {
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"'`)\\]]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern HF_URL =
            Pattern.compile("huggingface\\.co/datasets/([\\w.-]+)(?:/([\\w.-]+))?", Pattern.CASE_INSENSITIVE);
    private static final Pattern KAGGLE_URL =
            Pattern.compile("kaggle\\.com/datasets/(" + Lexicon.OWNER_NAME + ")", Pattern.CASE_INSENSITIVE);
    private static final Set<String> HF_URL_TAILS = Set.of("tree", "blob", "resolve", "viewer", "discussions", "raw");

    private static final String QUOTED_REF = "[`'\"]?(" + Lexicon.OWNER_NAME + ")[`'\"]?";
    private static final List<Pattern> KAGGLE = List.of(
            Pattern.compile(
                    "kaggle\\s+datasets\\s+download\\s+(?:-d|--dataset)\\s+" + QUOTED_REF, Pattern.CASE_INSENSITIVE),
            Pattern.compile(
                    QUOTED_REF + "\\s+(?:data\\s*set\\s+|dataset\\s+)?" + Lexicon.AT + "\\s+kaggle\\b",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile(
                    "kaggle(?:'s)?\\s*(?:data\\s*sets?|datasets?)?\\s*:?\\s*" + QUOTED_REF, Pattern.CASE_INSENSITIVE));

    private static final String QUOTED_ID = "[`'\"]?(" + Lexicon.HUB_ID + ")[`'\"]?";
    private static final String DATASET_WORD =
            "(?:data\\s*set|dataset|corpus|datensatz|jeu de données|conjunto de datos)";
    private static final Pattern DATASET_WORD_ANYWHERE = Pattern.compile(DATASET_WORD, Pattern.CASE_INSENSITIVE);
    private static final List<Pattern> HUB = List.of(
            Pattern.compile("hf://datasets/(" + Lexicon.HUB_ID + ")", Pattern.CASE_INSENSITIVE),
            Pattern.compile(
                    DATASET_WORD + "\\s+" + QUOTED_ID + "\\s+" + Lexicon.AT + "\\s+" + Lexicon.HUB + "\\b",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile(
                    QUOTED_ID + "\\s+(?:" + DATASET_WORD + "\\s+)?" + Lexicon.AT + "\\s+(?:the\\s+)?" + Lexicon.HUB
                            + "\\b",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile(
                    "(?:hugging\\s*face|hf|hub)(?:'s)?\\s+(?:hub\\s+)?" + DATASET_WORD + "\\s+" + QUOTED_ID,
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("[`'\"](" + Lexicon.HUB_ID + ")[`'\"]\\s+" + DATASET_WORD, Pattern.CASE_INSENSITIVE));

    /**
     * Datasets that live on the Hub under a single canonical name, so "sentiment on imdb" needs no owner. Only
     * well-known ones: an unknown single word ("the customer data") must not become a Hub id.
     */
    private static final Pattern CANONICAL_HUB = Pattern.compile(
            "\\b(imdb|squad(?:_v2)?|super_glue|sst2|ag_news|yelp_review_full|yelp_polarity|amazon_polarity"
                    + "|rotten_tomatoes|tweet_eval|sms_spam|conll2003|wnut_17|wikiann|wikitext|cnn_dailymail|xsum"
                    + "|samsum|billsum|wmt1[4-9]|opus_books|opus100|mnist|fashion_mnist|cifar10|cifar100|food101"
                    + "|cats_vs_dogs|oxford_flowers102|cppe-5|financial_phrasebank|banking77"
                    // everyday words that name a Hub dataset only when "dataset" follows
                    + "|(?:emotion|glue|beans)(?=\\s+data\\s*set))\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern PATH_TOKEN = Pattern.compile(
            "(?<![\\w@:/.~\\\\-])((?:[A-Za-z]:\\\\|~/|\\.{1,2}/|/)?[\\w.@+~-]+(?:[/\\\\][\\w.@+~-]+)*[/\\\\]?)"
                    + "(?![\\w/])");
    private static final Pattern DATA_FILE = Pattern.compile(
            "(?i).*\\.(?:csv|tsv|json|jsonl|ndjson|parquet|arrow|feather|txt|xlsx?|zip|gz|tgz|tar|bz2|npy|npz|pkl"
                    + "|h5|hdf5|db|sqlite)$");
    private static final Set<String> FOLDER_WORDS = Lexicon.words(
            "data datasets dataset examples example images imgs img photos pictures input inputs files tmp "
                    + "temp home src train test docs corpus samples raw downloads desktop documents shared resources "
                    + "assets uploads");
    private static final Pattern BARE_ID = Pattern.compile("(?<![\\w@:/.~-])(" + Lexicon.OWNER_NAME + ")(?![\\w/])");
    private static final Set<String> NOT_IDS =
            Lexicon.words("and/or input/output train/test train/validation yes/no true/false text/label km/h w/o n/a "
                    + "either/or image/label a/b on/off he/she his/her");
    private static final Pattern GPU_OR_FORMAT = Pattern.compile(
            "(?i)(?:t4|l4|a10g?|a100|h100|p100|l40s|fp16|bf16|fp32|cpu|gpu|tpu|\\d+(?:\\.\\d+)?[a-z]*)");

    private final List<DatasetLocation> found = new ArrayList<>();

    /** The dataset, if any step found one; the earlier steps are the more explicit ones and win. */
    Optional<DatasetLocation> best() {
        return found.stream().findFirst();
    }

    void urls(MaskedText text) {
        Matcher m = text.matcher(URL);
        while (m.find()) {
            String url = m.group().replaceAll("[.,;:!?]+$", "");
            dataUrl(url).ifPresent(found::add);
            text.mask(m.start(), m.start() + url.length());
        }
    }

    private static Optional<DatasetLocation> dataUrl(String url) {
        Matcher hf = HF_URL.matcher(url);
        if (hf.find()) {
            boolean single =
                    hf.group(2) == null || HF_URL_TAILS.contains(hf.group(2).toLowerCase(Locale.ROOT));
            String id = single ? hf.group(1) : hf.group(1) + "/" + hf.group(2);
            return Optional.of(new DatasetLocation(DatasetSourceKind.HUGGINGFACE, id));
        }
        Matcher kaggle = KAGGLE_URL.matcher(url);
        if (kaggle.find()) {
            return Optional.of(new DatasetLocation(DatasetSourceKind.KAGGLE, kaggle.group(1)));
        }
        // A model or Space page on the Hub is not data; any other link is, whatever it serves.
        return url.toLowerCase(Locale.ROOT).contains("huggingface.co/")
                ? Optional.empty()
                : Optional.of(new DatasetLocation(DatasetSourceKind.URL, url));
    }

    void kaggle(MaskedText text) {
        take(text, KAGGLE, DatasetSourceKind.KAGGLE);
    }

    void hub(MaskedText text) {
        take(text, HUB, DatasetSourceKind.HUGGINGFACE);
    }

    private void take(MaskedText text, List<Pattern> patterns, DatasetSourceKind source) {
        for (Pattern pattern : patterns) {
            Matcher m = text.matcher(pattern);
            while (m.find()) {
                String id = text.group(m, 1);
                if (plausible(id, m.group()) && !NOT_IDS.contains(id.toLowerCase(Locale.ROOT))) {
                    found.add(new DatasetLocation(source, id));
                    text.mask(m);
                }
            }
        }
    }

    /**
     * "X on the Hub" names a dataset when X has the shape of an id ({@code owner/name}, {@code sms_spam}), is quoted,
     * or is called a dataset; "available on Hugging Face" does not.
     */
    private static boolean plausible(String id, String said) {
        return Lexicon.isName(id)
                && (id.matches(".*[/_\\d-].*")
                        || said.matches("(?s).*[`'\"].*")
                        || DATASET_WORD_ANYWHERE.matcher(said).find());
    }

    void paths(MaskedText text) {
        Matcher m = text.matcher(PATH_TOKEN);
        while (m.find()) {
            // a sentence may end right after a path: "... from data/x.csv."
            String token = m.group(1).replaceAll("[.-]+$", "");
            if (isPath(token)) {
                found.add(new DatasetLocation(DatasetSourceKind.LOCAL, token));
                text.mask(m.start(1), m.start(1) + token.length());
            }
        }
    }

    static boolean isPath(String token) {
        if (!token.matches(".*[A-Za-z].*") || token.contains("://")) {
            return false;
        }
        String[] parts = token.split("[/\\\\]");
        boolean rooted = token.startsWith("/")
                || token.startsWith("./")
                || token.startsWith("../")
                || token.startsWith("~/")
                || token.matches("[A-Za-z]:\\\\.*");
        boolean folder = token.length() > 1 && (token.endsWith("/") || token.endsWith("\\"));
        boolean slashed = token.contains("/") || token.contains("\\");
        if (!rooted && NOT_IDS.contains(token.toLowerCase(Locale.ROOT))) {
            return false;
        }
        return rooted
                || DATA_FILE.matcher(token).matches()
                || folder
                || parts.length >= 3
                || slashed && FOLDER_WORDS.contains(parts[0].toLowerCase(Locale.ROOT));
    }

    void bareIds(MaskedText text) {
        Matcher m = text.matcher(BARE_ID);
        while (m.find()) {
            String id = m.group(1);
            if (looksLikeId(id)) {
                found.add(new DatasetLocation(DatasetSourceKind.HUGGINGFACE, id));
                text.mask(m.start(1), m.end(1));
            }
        }
        Matcher canonical = text.matcher(CANONICAL_HUB);
        while (canonical.find()) {
            found.add(new DatasetLocation(DatasetSourceKind.HUGGINGFACE, canonical.group(1)));
            text.mask(canonical);
        }
    }

    private static boolean looksLikeId(String id) {
        String[] parts = id.split("/");
        return !NOT_IDS.contains(id.toLowerCase(Locale.ROOT))
                && parts[0].matches(".*[A-Za-z].*")
                && parts[1].matches(".*[A-Za-z].*")
                && !(GPU_OR_FORMAT.matcher(parts[0]).matches()
                        && GPU_OR_FORMAT.matcher(parts[1]).matches());
    }
}
