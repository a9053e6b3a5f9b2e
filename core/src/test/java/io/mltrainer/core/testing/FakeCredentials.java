package io.mltrainer.core.testing;

import io.mltrainer.core.secrets.SecretKind;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * A dozen distinct, well-formed but fake credentials, one or more of every recognised kind, for scanner, vault and
 * canary tests. They are assembled at run time so that no complete token-shaped literal sits in the sources (secret
 * scanners on code hosts would flag, or block, a push with one).
 */
public final class FakeCredentials {
    public static final FakeCredential HF = of(SecretKind.HF_TOKEN, "hf_", "FakeHubTokenQ7", 34);
    public static final FakeCredential OPENAI = of(SecretKind.OPENAI_KEY, "sk-", "FakeOpenAi9x", 48);
    public static final FakeCredential OPENAI_PROJECT =
            of(SecretKind.OPENAI_KEY, "sk-" + "proj-", "Fake_Project-Key4", 120);
    public static final FakeCredential ANTHROPIC =
            of(SecretKind.ANTHROPIC_KEY, "sk-" + "ant-api03-", "FakeClaude-8k", 93);
    public static final FakeCredential GROQ = of(SecretKind.GROQ_KEY, "gsk" + "_", "FakeGroqKey2", 52);
    public static final FakeCredential GEMINI = of(SecretKind.GEMINI_KEY, "AI" + "za", "SyFake_Gemini-5", 35);
    public static final FakeCredential KAGGLE_TOKEN = of(SecretKind.KAGGLE_TOKEN, "KGAT" + "_", "0fa4e7c2b9", 32);
    /** 32 hex digits: recognised only next to the word kaggle or as a key pair's value. */
    public static final FakeCredential KAGGLE_KEY = of(SecretKind.KAGGLE_KEY, "", "c0ffee1234abcdef", 32);

    public static final FakeCredential MODAL_ID = of(SecretKind.MODAL_TOKEN_ID, "ak" + "-", "FakeModalId6", 22);
    public static final FakeCredential MODAL_SECRET =
            of(SecretKind.MODAL_TOKEN_SECRET, "as" + "-", "FakeModalSec3", 22);
    public static final FakeCredential SLACK_BOT =
            of(SecretKind.SLACK_TOKEN, "xox" + "b-1234567890123-9876543210987-", "FakeSlackBot1", 24);
    public static final FakeCredential SLACK_APP =
            of(SecretKind.SLACK_TOKEN, "xa" + "pp-1-A0FAKE12345-1234567890123-", "fa4e5c0ffee1", 64);
    public static final FakeCredential DISCORD = new FakeCredential(
            SecretKind.DISCORD_TOKEN,
            base64("112233445566778899") + "." + "GfAk3d" + "." + repeat("FakeDiscordSig_-7x", 38));

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

    private static FakeCredential of(SecretKind kind, String prefix, String seed, int bodyLength) {
        return new FakeCredential(kind, prefix + repeat(seed, bodyLength));
    }

    private static String repeat(String seed, int length) {
        return seed.repeat(length / seed.length() + 1).substring(0, length);
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
