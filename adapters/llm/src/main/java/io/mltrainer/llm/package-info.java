/**
 * The language-model router: {@link io.mltrainer.llm.LlmRouter} answers core's chat port with LangChain4j models
 * for Anthropic, OpenAI, Gemini, Groq and Ollama, trying the build owner's key, then the configured providers, with
 * a circuit breaker per provider; {@link io.mltrainer.llm.ProviderKeyCheck} is the {@code validate_llm_key} tool.
 */
package io.mltrainer.llm;
