package io.mltrainer.nlp;

import io.mltrainer.core.domain.DeploymentSpec;
import io.mltrainer.core.domain.DeploymentSpec.DeployTarget;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the model should go to the Hugging Face Hub, under which repository, private or public, with a demo
 * Space. Needs a publishing verb near the Hub ("push it to Hugging Face"), so "the dataset X on Hugging Face" is
 * not a deployment. Runs before the dataset-id rules and masks the repository it takes.
 */
final class DeploymentRules {
    private static final String PUBLISH = "(?:push\\w*|publish\\w*|upload\\w*|deploy\\w*|share|release|host|put"
            + "|veröffentlich\\w*|lade\\w*|publier|publie\\w*|publica\\w*|publique\\w*|sub[ie]\\w*|pousse\\w*)";
    private static final String REPO = "[`'\"]?([A-Za-z0-9][\\w.-]*(?:/[A-Za-z0-9][\\w.-]*)?[A-Za-z0-9])[`'\"]?";
    /** Words that introduce a repository name; the weak ones ("to", "at") only before an {@code owner/name}. */
    private static final String NAMING =
            "(as|named|called|als|comme|como|under|into|at|to|repo(?:sitory)?|sous|unter|en)";

    private static final Pattern STRONG_NAMING = Pattern.compile("(?i)as|named|called|als|comme|como");

    /** A verb, then within a few words the Hub, e.g. "push the model to the Hugging Face Hub". */
    private static final Pattern TO_HUB =
            Pattern.compile("(?i)\\b" + PUBLISH + "\\b[^.;!?\\n]{0,40}?\\b" + Lexicon.HUB + "\\b"
                    + "|\\bpush_to_hub\\b"
                    + "|\\b" + Lexicon.HUB + "\\b[^.;!?\\n]{0,30}?\\b(?:veröffentlich\\w*|hochlad\\w*|hoch)\\b");
    /** "push it to myorg/spam-detector": a verb and an {@code owner/name} is a Hub repository too. */
    private static final Pattern TO_REPO = Pattern.compile(
            "(?i)\\b" + PUBLISH + "\\b[^.;!?\\n]{0,25}?\\b(?:to|as)\\s+[`'\"]?(" + Lexicon.OWNER_NAME + ")");

    private static final Pattern REPO_AFTER =
            Pattern.compile("(?i)^[^.;!?\\n]{0,30}?\\b" + NAMING + "\\s+(?:the\\s+|a\\s+)?(?:(?:private|public)\\s+)?"
                    + "(?:(?:hub\\s+)?(?:repo(?:sitory)?|model)\\s+)?" + REPO);
    private static final Pattern REPO_BEFORE =
            Pattern.compile("(?i)\\b" + PUBLISH + "\\s+" + REPO + "\\s+(?:to|on|onto)\\s+[^.;!?\\n]{0,12}$");

    private static final Pattern PRIVATE =
            Pattern.compile("(?i)\\b(?:private(?:ly)?|privat\\w*|privé\\w*|privad\\w*)\\b");
    private static final Pattern PUBLIC = Pattern.compile("(?i)\\b(?:public(?:ly)?|öffentlich\\w*|pública|público)\\b");
    private static final Pattern SPACE =
            Pattern.compile("(?i)\\b(?:spaces?|gradio|streamlit|demo(?:\\s+app)?|web\\s*app)\\b");

    /** "keep it local", "save it locally", "don't push it anywhere": the registry, even with a Hub token. */
    private static final Pattern KEEP_LOCAL =
            Pattern.compile("(?i)\\b(?:keep|leave|save|store)\\s+(?:it|the\\s+model|them)?"
                    + "\\s*(?:\\w+\\s+){0,2}?local(?:ly)?\\b|\\b(?:do\\s*n[o']?t|never)\\s+(?:push|publish|upload|deploy)\\w*"
                    + "|\\blocal(?:ly)?\\s+only\\b");
    /** "under the acme org", "in the organisation acme": the namespace to publish under. */
    private static final Pattern ORG = Pattern.compile("(?i)\\b(?:under|in|into|for)\\s+(?:the\\s+)?[`'\"]?"
            + "([A-Za-z0-9][\\w.-]*[A-Za-z0-9])[`'\"]?\\s+(?:org|organi[sz]ation|namespace)\\b"
            + "|\\b(?:org|organi[sz]ation|namespace)\\s+[`'\"]?([A-Za-z0-9][\\w.-]*[A-Za-z0-9])");
    /** "make it public", "publicly on the hub": a public Hub repository, so the Hub. */
    private static final Pattern MAKE_PUBLIC = Pattern.compile(
            "(?i)\\bmake\\s+(?:it|the\\s+model|them|the\\s+repo(?:sitory)?)\\s+public\\b|\\bpublic\\s+(?:repo(?:sitory)?|model)\\b");

    private DeploymentRules() {}

    static Optional<DeploymentSpec> read(MaskedText text) {
        Matcher hub = text.matcher(TO_HUB);
        Matcher repo = text.matcher(TO_REPO);
        if (hub.find()) {
            String id = repository(text, hub).orElse(null);
            text.mask(hub);
            return Optional.of(spec(text.original(), id));
        }
        if (repo.find()) {
            String id = text.group(repo, 1);
            text.mask(repo);
            return Optional.of(spec(text.original(), id));
        }
        Matcher local = text.matcher(KEEP_LOCAL);
        if (local.find()) {
            text.mask(local);
            return Optional.of(DeploymentSpec.KEEP_LOCAL);
        }
        Matcher org = text.matcher(ORG);
        Matcher open = text.matcher(MAKE_PUBLIC);
        boolean organisation = org.find() && organisation(org) != null;
        if (organisation || open.find()) {
            DeploymentSpec spec = spec(text.original(), null);
            if (organisation) {
                text.mask(org);
            }
            return Optional.of(spec);
        }
        return Optional.empty();
    }

    /** The organisation an {@link #ORG} match names, unless it is a word like "my" or "the". */
    private static String organisation(Matcher org) {
        String name = org.group(1) != null ? org.group(1) : org.group(2);
        return name == null || NOT_A_NAME.matcher(name).matches() ? null : name;
    }

    private static final Pattern NOT_A_NAME = Pattern.compile("(?i)my|your|our|their|the|a|an|this|that|personal|same");

    private static Optional<String> repository(MaskedText text, Matcher hub) {
        String current = text.current();
        Matcher after = REPO_AFTER.matcher(current.substring(hub.end()));
        if (after.find() && named(after.group(1), after.group(2))) {
            int start = hub.end() + after.start(2);
            text.mask(hub.end(), hub.end() + after.end());
            return Optional.of(text.original().substring(start, hub.end() + after.end(2)));
        }
        Matcher before = REPO_BEFORE.matcher(current.substring(0, hub.end()));
        if (before.find() && Lexicon.isName(before.group(1))) {
            return Optional.of(before.group(1));
        }
        return Optional.empty();
    }

    private static boolean named(String naming, String id) {
        return Lexicon.isName(id)
                && (id.contains("/") || STRONG_NAMING.matcher(naming).matches());
    }

    private static DeploymentSpec spec(String text, String id) {
        String namespace = id != null && id.contains("/") ? id.substring(0, id.indexOf('/')) : null;
        if (namespace == null) {
            Matcher org = ORG.matcher(text);
            while (namespace == null && org.find()) {
                namespace = organisation(org);
            }
        }
        String repository = id == null ? null : id.substring(id.indexOf('/') + 1);
        Boolean isPrivate = PRIVATE.matcher(text).find()
                ? Boolean.TRUE
                : PUBLIC.matcher(text).find() ? Boolean.FALSE : null;
        Boolean space = SPACE.matcher(text).find() ? Boolean.TRUE : null;
        return new DeploymentSpec(DeployTarget.HUGGINGFACE, namespace, repository, isPrivate, space);
    }
}
