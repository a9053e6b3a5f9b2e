package io.mltrainer.core.domain;

import io.mltrainer.core.domain.secrets.SecretKind;

/** What the intake asks for; credential slots are only asked where nobody else can read the answer. */
public enum Slot {
    REQUEST(null, "What model would you like? Describe it in a sentence, with the data to learn from."),
    DATASET(
            null,
            "Which data should I learn from? A CSV file path, a Hugging Face dataset id (user/name), a"
                    + " Kaggle dataset (owner/slug on Kaggle) or a URL."),
    HF_TOKEN(
            SecretKind.HF_TOKEN,
            "Your Hugging Face token with write access (huggingface.co/settings/tokens),"
                    + " so I can publish the model:"),
    REPO_NAME(null, "What should the model repository be called on the Hub?"),
    KAGGLE_CREDENTIALS(
            SecretKind.KAGGLE_TOKEN,
            "Your Kaggle API token (kaggle.com/settings → API), or your"
                    + " username and legacy key separated by a space:"),
    MODAL_TOKEN_ID(SecretKind.MODAL_TOKEN_ID, "Your Modal token id (ak-…, from modal.com/settings/tokens):"),
    MODAL_TOKEN_SECRET(SecretKind.MODAL_TOKEN_SECRET, "And the Modal token secret (as-…):"),
    CONFIRM(null, "Start? (yes / no)");

    private final SecretKind secretKind;
    private final String prompt;

    Slot(SecretKind secretKind, String prompt) {
        this.secretKind = secretKind;
        this.prompt = prompt;
    }

    public boolean isCredential() {
        return secretKind != null;
    }

    /** The kind an answer to this slot is stored as, whatever its shape (null when the slot is no credential). */
    public SecretKind secretKind() {
        return secretKind;
    }

    public String prompt() {
        return prompt;
    }
}
