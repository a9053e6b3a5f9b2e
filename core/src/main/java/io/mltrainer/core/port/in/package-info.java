/**
 * What a driving adapter (a chat surface, the terminal) hands to the core: a chat message. The use cases that take
 * it are chat's Conversations and the classes of usecase.
 */
package io.mltrainer.core.port.in;
