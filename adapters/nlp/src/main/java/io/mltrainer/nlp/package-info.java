/**
 * The offline understanding of requests: {@link io.mltrainer.nlp.OfflineIntentParser} implements core's
 * {@link io.mltrainer.core.port.out.IntentParser} with the all-MiniLM-L6-v2 sentence-embedding model and word rules,
 * without network, keys or files; {@link io.mltrainer.nlp.IntentJson} and {@link io.mltrainer.nlp.IntentValidation}
 * are the JSON form of an intent for {@code mltrainer parse --json} and for checking an LLM's answer. See README.md.
 */
package io.mltrainer.nlp;
