/**
 * Conversations in chat threads: commands, the intake, build cards and replies, the same for every surface.
 */
package io.mltrainer.core.chat;
