/**
 * The language-model port: a chat call with tools, its messages and reply, and the tools a model may call.
 */
package io.mltrainer.core.port.out.llm;
