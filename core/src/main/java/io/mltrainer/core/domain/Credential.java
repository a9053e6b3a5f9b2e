package io.mltrainer.core.domain;

/** A credential an intake may need; each must be validated in the intake that uses it. */
public enum Credential {
    HF_TOKEN,
    KAGGLE,
    MODAL,
    OWNER_LLM
}
