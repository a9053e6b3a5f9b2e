/** Log output of the application: JSON lines for {@code MLTRAINER_LOG_FORMAT=json}. */
package io.mltrainer.bot.logging;
