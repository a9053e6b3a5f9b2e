package io.mltrainer.core.agents.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.mltrainer.core.domain.ColumnProfile;
import io.mltrainer.core.domain.DataReport;
import io.mltrainer.core.domain.secrets.SecretMatch;
import io.mltrainer.core.domain.secrets.SecretScanner;
import java.util.List;
import java.util.Optional;

/**
 * Column names, labels and every other text of a data report become part of the stored build, the generated
 * {@code config.json}, the model card and the Space app. A credential among them (a token used as a header, a key
 * in a label) is refused before anything is stored or published; the message names where it is, never the value.
 */
public final class CredentialsInData {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private CredentialsInData() {}

    /** Checked before anything reads the columns: a column error would name them all. */
    public static Optional<String> refusal(List<String> header) {
        return header.stream()
                .map(CredentialsInData::kind)
                .flatMap(Optional::stream)
                .findFirst()
                .map(kind -> message("a column name", kind));
    }

    /** Why the report may not be kept, or empty when it holds no credential. */
    public static Optional<String> refusal(DataReport report) {
        for (ColumnProfile column : report.columns()) {
            Optional<String> kind = kind(column.name());
            if (kind.isPresent()) {
                return Optional.of(message("a column name", kind.get()));
            }
        }
        for (String label : report.classCounts().keySet()) {
            Optional<String> kind = kind(label);
            if (kind.isPresent()) {
                return Optional.of(message("a label of the column '" + report.target() + "'", kind.get()));
            }
        }
        return anyText(JSON.valueToTree(report)).map(kind -> message("a value the report keeps", kind));
    }

    private static Optional<String> anyText(JsonNode node) {
        if (node.isTextual()) {
            return kind(node.textValue());
        }
        for (JsonNode child : node) {
            Optional<String> kind = anyText(child);
            if (kind.isPresent()) {
                return kind;
            }
        }
        return node.isObject() ? anyName(node) : Optional.empty();
    }

    private static Optional<String> anyName(JsonNode object) {
        for (var names = object.fieldNames(); names.hasNext(); ) {
            Optional<String> kind = kind(names.next());
            if (kind.isPresent()) {
                return kind;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> kind(String text) {
        List<SecretMatch> found = SecretScanner.scan(text);
        return found.isEmpty()
                ? Optional.empty()
                : Optional.of(found.get(0).kind().id());
    }

    private static String message(String where, String kind) {
        return "The data holds what looks like a credential (" + kind + ") in " + where + ". I stopped before"
                + " storing or publishing any of it: remove it from the data, rotate the credential, and try again.";
    }
}
