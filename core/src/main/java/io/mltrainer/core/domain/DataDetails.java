package io.mltrainer.core.domain;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a data report says that is specific to one modality; each kind is rendered in a few lines for chat. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "modality")
@JsonSubTypes({
    @JsonSubTypes.Type(value = DataDetails.Tabular.class, name = "tabular"),
    @JsonSubTypes.Type(value = DataDetails.Text.class, name = "text"),
    @JsonSubTypes.Type(value = DataDetails.Images.class, name = "images"),
    @JsonSubTypes.Type(value = DataDetails.Detection.class, name = "detection"),
    @JsonSubTypes.Type(value = DataDetails.Tokens.class, name = "tokens"),
    @JsonSubTypes.Type(value = DataDetails.Seq2Seq.class, name = "seq2seq"),
    @JsonSubTypes.Type(value = DataDetails.Instructions.class, name = "instructions"),
    @JsonSubTypes.Type(value = DataDetails.TimeSeries.class, name = "time_series"),
    @JsonSubTypes.Type(value = DataDetails.Clustering.class, name = "clustering")
})
public sealed interface DataDetails {

    /** Columns that would let a model cheat (ids, copies of the target) and columns with many missing values. */
    record Tabular(List<ColumnNote> suspectedLeaks, List<ColumnNote> missing) implements DataDetails {
        public Tabular {
            suspectedLeaks = List.copyOf(suspectedLeaks);
            missing = List.copyOf(missing);
        }
    }

    /** Lengths in words; {@code language} is an ISO 639-1 guess ("en") or null. */
    record Text(LengthStats words, String language, long duplicates) implements DataDetails {}

    /** Image files: pixel sizes, unreadable files (by name), and for regression the target's range. */
    record Images(
            long images,
            LengthStats widths,
            LengthStats heights,
            List<String> unreadable,
            Double targetMin,
            Double targetMax)
            implements DataDetails {
        public Images {
            unreadable = List.copyOf(unreadable);
        }
    }

    /** Boxes per category; {@code annotations} says where they came from ("coco", "hub objects"). */
    record Detection(
            long images,
            long objects,
            Map<String, Long> objectsPerCategory,
            long invalidBoxes,
            String bboxFormat,
            String annotations)
            implements DataDetails {
        public Detection {
            objectsPerCategory = Collections.unmodifiableMap(new LinkedHashMap<>(objectsPerCategory));
        }
    }

    /** A tag set and its scheme ("BIO", "BIOES", "plain"); rows whose tokens and tags differ in length. */
    record Tokens(
            List<String> tagSet, String scheme, LengthStats tokensPerRow, Map<String, Long> entities, long mismatched)
            implements DataDetails {
        public Tokens {
            tagSet = List.copyOf(tagSet);
            entities = Collections.unmodifiableMap(new LinkedHashMap<>(entities));
        }
    }

    /** Source and target texts (summaries, translations): word lengths and languages (ISO codes or null). */
    record Seq2Seq(LengthStats sourceWords, LengthStats targetWords, String sourceLanguage, String targetLanguage)
            implements DataDetails {}

    /** Instruction data: {@code format} is "chat" (a messages list) or "prompt_response"; lengths in words. */
    record Instructions(
            String format, LengthStats words, Map<String, Long> roles, double turnsPerExample, String language)
            implements DataDetails {
        public Instructions {
            roles = Collections.unmodifiableMap(new LinkedHashMap<>(roles));
        }
    }

    /** A time index: its frequency ("monthly"), gaps (missing periods), duplicates and the forecast horizon. */
    record TimeSeries(String frequency, long series, long gaps, long duplicates, int horizon, String start, String end)
            implements DataDetails {}

    /** The features k-means will see, and the range of k it will try. */
    record Clustering(List<String> features, int minK, int maxK) implements DataDetails {
        public Clustering {
            features = List.copyOf(features);
        }
    }
}
