package io.mltrainer.nlp;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The name the user gives the model: "call it spam-detector", "model name: churn-v2". */
final class ModelNameRules {
    private static final Pattern NAME = Pattern.compile(
            "(?i)\\b(?:(?:call|name)\\s+(?:it|the model|this model|the repo)|model[_ ]name\\s*(?:is|=|:)?|(?:a |the )?"
                    + "model (?:named|called)|nenn(?:e|en)? (?:es|das modell)|appelle[rz]?[- ]le|llámalo)"
                    + "\\s+[`'\"]?([A-Za-z0-9][\\w.-]*[A-Za-z0-9])[`'\"]?");

    private ModelNameRules() {}

    static Optional<String> read(MaskedText text) {
        Matcher m = text.matcher(NAME);
        while (m.find()) {
            String name = text.group(m, 1);
            if (Lexicon.isName(name)) {
                text.mask(m);
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }
}
