package io.mltrainer.core.domain.secrets;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;

/**
 * The credential formats mltrainer recognises, most specific first: when two rules match at the same place the
 * earlier one wins ({@code sk-ant-} before {@code sk-}).
 */
final class SecretRules {
    /** Not part of a longer token: what may not stand right before a prefix. */
    private static final String START = "(?<![A-Za-z0-9_-])";
    /**
     * Query parameters whose value is a credential whatever its shape: names that end in one of these words
     * ({@code token}, {@code access_token}, {@code api_key}, {@code X-Amz-Signature}, {@code sig}, {@code password}…).
     */
    private static final String CREDENTIAL_PARAMETER =
            "[A-Za-z0-9_.-]*(?i:token|key|secret|sig|signature|password|passwd|pwd|auth|credential|session)";
    /** A query parameter's value runs to the next parameter, fragment, space, quote or closing bracket. */
    private static final String PARAMETER_VALUE = "([^&#;\\s\"'<>`()\\[\\]{}]+)";
    /** How far around a bare 32-hex string the word "kaggle" makes it a Kaggle key. */
    private static final int KAGGLE_CONTEXT = 160;

    static final List<SecretRule> ALL = List.of(
            SecretRule.of(SecretKind.ANTHROPIC_KEY, START + "sk-ant-[A-Za-z0-9_-]{20,}"),
            // project/service keys are long base64url; legacy keys one alphanumeric run. Hyphenated prose such as
            // "sk-2023-report" matches neither.
            SecretRule.of(SecretKind.OPENAI_KEY, START + "sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,}"),
            SecretRule.of(
                    SecretKind.OPENAI_KEY,
                    START + "sk-(?!ant-)[A-Za-z0-9]{32,}(?![A-Za-z0-9_-])",
                    SecretRules::mixedAfterDash),
            SecretRule.of(SecretKind.GROQ_KEY, START + "gsk_[A-Za-z0-9]{20,}(?![A-Za-z0-9_-])"),
            SecretRule.of(SecretKind.GEMINI_KEY, START + "AIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])"),
            // snake_case identifiers (hf_hub_download) have underscores and are all lower case: not tokens
            SecretRule.of(
                    SecretKind.HF_TOKEN,
                    START + "hf_[A-Za-z0-9]{30,}(?![A-Za-z0-9_-])",
                    SecretRules::mixedAfterUnderscore),
            // Kaggle's API tokens: KGAT_ and 32 hex digits in every sample seen; the body is kept permissive
            // because Kaggle documents the prefix, not the length or alphabet.
            SecretRule.of(SecretKind.KAGGLE_TOKEN, START + "KGAT_[A-Za-z0-9]{20,}(?![A-Za-z0-9_-])"),
            SecretRule.of(
                    SecretKind.MODAL_TOKEN_ID,
                    START + "ak-[A-Za-z0-9]{16,}(?![A-Za-z0-9_-])",
                    SecretRules::mixedAfterDash),
            SecretRule.of(
                    SecretKind.MODAL_TOKEN_SECRET,
                    START + "as-[A-Za-z0-9]{16,}(?![A-Za-z0-9_-])",
                    SecretRules::mixedAfterDash),
            SecretRule.of(
                    SecretKind.SLACK_TOKEN,
                    START + "(?:xoxe\\.)?(?:xox[abposre]|xapp)-[A-Za-z0-9][A-Za-z0-9-]{8,}[A-Za-z0-9]",
                    (text, m) -> m.group().chars().anyMatch(Character::isDigit)),
            SecretRule.valueInGroup(
                    SecretKind.DISCORD_TOKEN,
                    "(?<![A-Za-z0-9_.-])(([MNO][A-Za-z0-9_-]{22,27})\\.[A-Za-z0-9_-]{6,7}\\.[A-Za-z0-9_-]{27,})"
                            // a full stop may end the sentence, not continue the token
                            + "(?![A-Za-z0-9_-]|\\.[A-Za-z0-9_-])",
                    (text, m) -> isBase64OfSnowflake(m.group(2))),
            // a legacy key is 32 hex digits, like any MD5: only as the value of a key pair (kaggle.json,
            // KAGGLE_KEY=...) or near the word "kaggle"
            SecretRule.valueInGroup(
                    SecretKind.KAGGLE_KEY,
                    "(?i)(?<![A-Za-z0-9_])(?:kaggle_key|key)[\"']?\\s*[:=]\\s*[\"']?([0-9a-f]{32})(?![0-9a-z])",
                    (text, m) -> true),
            SecretRule.of(
                    SecretKind.KAGGLE_KEY, "(?<![0-9A-Za-z])[0-9a-fA-F]{32}(?![0-9A-Za-z])", SecretRules::nearKaggle),
            // after the shapes above, so that a recognised token in a URL keeps its own kind
            SecretRule.valueInGroup(
                    SecretKind.URL_CREDENTIAL,
                    "[?&;]" + CREDENTIAL_PARAMETER + "=" + PARAMETER_VALUE,
                    (text, m) -> true),
            // http(s)://user:password@host, or a token as the user (https://ghp_…@github.com)
            SecretRule.valueInGroup(
                    SecretKind.URL_CREDENTIAL, "(?i)\\b(?:https?|ftps?|wss?)://([^/?#\\s@]+)@", (text, m) -> true));

    private SecretRules() {}

    private static boolean mixedAfterDash(String text, MatchResult m) {
        return looksRandom(m.group().substring(m.group().indexOf('-') + 1));
    }

    private static boolean mixedAfterUnderscore(String text, MatchResult m) {
        return looksRandom(m.group().substring(m.group().indexOf('_') + 1));
    }

    /** At least two of lower case, upper case and digits: random tokens almost always, words almost never. */
    static boolean looksRandom(String body) {
        boolean lower = body.chars().anyMatch(Character::isLowerCase);
        boolean upper = body.chars().anyMatch(Character::isUpperCase);
        boolean digit = body.chars().anyMatch(Character::isDigit);
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) >= 2;
    }

    /** A Discord token starts with the bot's id (a 17–20 digit snowflake) in base64. */
    private static boolean isBase64OfSnowflake(String part) {
        try {
            String id = new String(Base64.getUrlDecoder().decode(part), StandardCharsets.US_ASCII);
            return id.matches("[0-9]{17,20}");
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    private static boolean nearKaggle(String text, MatchResult m) {
        int from = Math.max(0, m.start() - KAGGLE_CONTEXT);
        int to = Math.min(text.length(), m.end() + KAGGLE_CONTEXT);
        return text.substring(from, to).toLowerCase(Locale.ROOT).contains("kaggle");
    }
}
