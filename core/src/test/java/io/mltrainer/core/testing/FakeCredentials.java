package io.mltrainer.core.testing;

import io.mltrainer.core.domain.secrets.SecretKind;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * A dozen distinct, well-formed but fake credentials, one or more of every recognised kind, for scanner, vault and
 * canary tests. Their bodies are drawn at random, with a fixed seed, from each format's real alphabet and length, so
 * they look like the real thing (high entropy, no repeated pattern a scanner could lean on) and are the same on every
 * run. They are assembled at run time so that no complete token-shaped literal sits in the sources (secret scanners on
 * code hosts would flag, or block, a push with one).
 */
public final class FakeCredentials {
    private static final String DIGITS = "0123456789";
    private static final String HEX = DIGITS + "abcdef";
    private static final String ALNUM = DIGITS + "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final String BASE64URL = ALNUM + "_-";
    private static final Random DRAW = new Random(20_261_128L);

    public static final FakeCredential HF = of(SecretKind.HF_TOKEN, "hf_" + draw(ALNUM, 34));
    public static final FakeCredential OPENAI = of(SecretKind.OPENAI_KEY, "sk-" + draw(ALNUM, 48));
    public static final FakeCredential OPENAI_PROJECT =
            of(SecretKind.OPENAI_KEY, "sk-" + "proj-" + draw(BASE64URL, 156));
    public static final FakeCredential ANTHROPIC =
            of(SecretKind.ANTHROPIC_KEY, "sk-" + "ant-api03-" + draw(BASE64URL, 93) + "AA");
    public static final FakeCredential GROQ = of(SecretKind.GROQ_KEY, "gsk" + "_" + draw(ALNUM, 52));
    public static final FakeCredential GEMINI = of(SecretKind.GEMINI_KEY, "AI" + "za" + draw(BASE64URL, 35));
    public static final FakeCredential KAGGLE_TOKEN = of(SecretKind.KAGGLE_TOKEN, "KGAT" + "_" + draw(HEX, 32));
    /** 32 hex digits: recognised only next to the word kaggle or as a key pair's value. */
    public static final FakeCredential KAGGLE_KEY = of(SecretKind.KAGGLE_KEY, draw(HEX, 32));

    public static final FakeCredential MODAL_ID = of(SecretKind.MODAL_TOKEN_ID, "ak" + "-" + draw(ALNUM, 22));
    public static final FakeCredential MODAL_SECRET = of(SecretKind.MODAL_TOKEN_SECRET, "as" + "-" + draw(ALNUM, 22));
    public static final FakeCredential SLACK_BOT = of(
            SecretKind.SLACK_TOKEN, "xox" + "b-" + draw(DIGITS, 13) + "-" + draw(DIGITS, 13) + "-" + draw(ALNUM, 24));
    public static final FakeCredential SLACK_APP = of(
            SecretKind.SLACK_TOKEN,
            "xa" + "pp-1-A" + draw(DIGITS + "ABCDEFGHIJKLMNOPQRSTUVWXYZ", 10) + "-" + draw(DIGITS, 13) + "-"
                    + draw(HEX, 64));
    /** The bot's id (a snowflake) in base64, a timestamp, an HMAC: Discord's three parts. */
    public static final FakeCredential DISCORD = of(
            SecretKind.DISCORD_TOKEN,
            base64("1" + draw(DIGITS, 17)) + "." + draw(BASE64URL, 6) + "." + draw(BASE64URL, 38));

    private FakeCredentials() {}

    /** Every fake above, each value distinct. */
    public static List<FakeCredential> all() {
        return List.of(
                HF,
                OPENAI,
                OPENAI_PROJECT,
                ANTHROPIC,
                GROQ,
                GEMINI,
                KAGGLE_TOKEN,
                KAGGLE_KEY,
                MODAL_ID,
                MODAL_SECRET,
                SLACK_BOT,
                SLACK_APP,
                DISCORD);
    }

    /** Prose that mentions every fake, with the context a Kaggle legacy key needs. */
    public static String prose() {
        return "Hi! My Hugging Face token is " + HF.value() + " and for OpenAI use " + OPENAI.value()
                + " (or the project key " + OPENAI_PROJECT.value() + "). Claude: " + ANTHROPIC.value()
                + ", Groq " + GROQ.value() + ", Gemini " + GEMINI.value() + ".\n"
                + "export KAGGLE_API_TOKEN=" + KAGGLE_TOKEN.value() + "\n"
                + "kaggle.json: {\"username\":\"alice\",\"key\":\"" + KAGGLE_KEY.value() + "\"}\n"
                + "MODAL_TOKEN_ID=" + MODAL_ID.value() + " MODAL_TOKEN_SECRET=" + MODAL_SECRET.value() + "\n"
                + "Slack bot " + SLACK_BOT.value() + ", app-level " + SLACK_APP.value() + ", and the Discord bot: "
                + DISCORD.value() + ". Thanks!";
    }

    private static FakeCredential of(SecretKind kind, String value) {
        return new FakeCredential(kind, value);
    }

    private static String draw(String alphabet, int length) {
        StringBuilder body = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            body.append(alphabet.charAt(DRAW.nextInt(alphabet.length())));
        }
        return body.toString();
    }

    private static String base64(String id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(id.getBytes(StandardCharsets.US_ASCII));
    }

    /** A fake credential; toString shows only its kind, like the real thing would in a careful log. */
    public record FakeCredential(SecretKind kind, String value) {
        @Override
        public String toString() {
            return "fake " + kind.id();
        }
    }
}
